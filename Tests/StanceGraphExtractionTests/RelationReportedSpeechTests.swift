import Testing

/// Stances in reported speech are the speaker's; what the speaker reports may
/// carry relations of its own.
@Suite("Reported speech")
struct RelationReportedSpeechTests {
    static let cases: [RelationCase] = [
        // The speaker's concern toward both parties of the cooperation they call a threat.
        RelationCase("Egyptian Foreign Minister Karim Nassar said the cooperation between Iran and Hezbollah threatens regional stability.",
                     expect: ["Hezbollah cooperation Iran", "Karim Nassar concern> Iran", "Karim Nassar concern> Hezbollah"],
                     absent: ["Iran threat> Hezbollah", "Hezbollah threat> Iran"]),
        // A quotation with the speaker after it.
        RelationCase("\"Military cooperation between Russia and Belarus is a grave threat to our security,\" Lithuanian Foreign Minister Jonas Petraitis said.",
                     expect: ["Belarus cooperation Russia", "Jonas Petraitis concern> Russia", "Jonas Petraitis concern> Belarus"]),
        // "we" in a quotation is the speaker; the quotation goes on in the next sentence.
        RelationCase("Venezuelan Foreign Minister Pablo Mendoza said: \"We will defend our sovereignty.\" \"We call on Brazil and Colombia to reject the blockade.\"",
                     expect: ["Pablo Mendoza demand> Brazil", "Pablo Mendoza demand> Colombia"],
                     absent: ["Pablo Mendoza denial> Brazil"]),
        // An unnamed official speaks for the state before the role, whatever the portfolio.
        RelationCase("\"We strongly condemn the Ethiopian attacks on our territory,\" Eritrea's information minister said.",
                     expect: ["Eritrea condemnation> Ethiopia"]),
        RelationCase("Iraq's national security adviser met Syria's foreign minister in Damascus.", expect: ["Iraq consultation Syria"]),
        // A demand with no agent of its own is the speaker's; its subject is the target.
        RelationCase("Oman's foreign minister said Yemen must stop the attacks.", expect: ["Oman demand> Yemen"]),
        // "according to X": X's account; the agent is still the sentence's subject.
        RelationCase("According to the Kenyan foreign ministry, Nairobi will work closely with Addis Ababa on the dam project.",
                     expect: ["Ethiopia cooperation Kenya [planned]"]),
        // A reported clause with its own agent keeps it.
        RelationCase("The Brazilian foreign ministry said Argentina had thanked Uruguay for its mediation.",
                     expect: ["Argentina support> Uruguay"], absent: ["Brazil support> Uruguay"]),
        // "X's office said" and "shared the view that".
        RelationCase("The Greek and Cypriot leaders shared the view that Turkish drilling near Cyprus is a serious threat to the region.",
                     expect: ["Greece concern> Turkey", "Cyprus concern> Turkey"]),
        RelationCase("Sibongile Dube, South Africa's foreign minister, said Pretoria strongly supports Mozambique's peace plan.",
                     expect: ["South Africa support> Mozambique"]),
        // An evaluation in the speaker's words: "illegal" occupation.
        RelationCase("Jordanian Foreign Minister Omar Haddad said the illegal Israeli occupation of the West Bank must end.",
                     expect: ["Omar Haddad concern> Israel"]),
    ]

    @Test("reported words give the speaker's stance and the reported relation", arguments: cases)
    func speech(_ example: RelationCase) {
        RelationFixture.check(example)
    }
}
