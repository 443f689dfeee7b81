import Foundation
import Hummingbird
import TukiEngine

/// The reader's language: `?lang=` first, then the best of fi, sv and en in `Accept-Language`, else Finnish.
enum LanguageNegotiation {
    static func language(for request: Request) throws(APIError) -> Language {
        if let query = request.uri.queryParameters["lang"] {
            guard let language = Language(rawValue: String(query)) else { throw APIError.badQuery("lang", expected: "fi, sv, en") }
            return language
        }
        return request.headers[.acceptLanguage].map(preferred) ?? .fi
    }

    /// The highest-weighted fi, sv or en in an `Accept-Language` header ("sv-FI, en;q=0.8"); the first listed wins a tie.
    static func preferred(in header: String) -> Language {
        var best: (language: Language, weight: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, let primary = tag.split(separator: "-").first,
                  let language = Language(rawValue: primary.lowercased()) else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if weight > 0, weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language ?? .fi
    }
}
