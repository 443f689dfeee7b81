print("tuki: being built")
