import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TukiServer

@Suite("Language negotiation")
struct LanguageTests {
    @Test("?lang= wins, then Accept-Language, else Finnish", arguments: [
        ("/v1/simulate?lang=sv", "en-GB, en;q=0.9", "sv"),
        ("/v1/simulate", "en-GB, en;q=0.9", "en"),
        ("/v1/simulate", "de-DE, sv;q=0.5, en;q=0.4", "sv"),
        ("/v1/simulate", "de-DE", "fi"),
        ("/v1/simulate", "", "fi"),
    ])
    func negotiation(uri: String, acceptLanguage: String, expected: String) async throws {
        try await ServerFixture.test { client in
            let headers: HTTPFields = acceptLanguage.isEmpty ? [:] : [.acceptLanguage: acceptLanguage]
            try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: ServerFixture.exampleScenario)) { response in
                let body = try ServerFixture.json(response)
                #expect(body["language"] as? String == expected)
            }
        }
    }

    @Test("errors speak the negotiated language")
    func errorLanguage() async throws {
        try await ServerFixture.test { client in
            let english = try await client.execute(uri: "/v1/nothing", method: .get, headers: [.acceptLanguage: "en"])
            let swedish = try await client.execute(uri: "/v1/nothing?lang=sv", method: .get)
            let english404 = ServerFixture.error(english)["message"] as? String
            let swedish404 = ServerFixture.error(swedish)["message"] as? String
            #expect(english404?.contains("nothing at this address") == true)
            #expect(swedish404?.contains("ingenting") == true)
        }
    }
}
