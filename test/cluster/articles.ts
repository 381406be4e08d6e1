// Small realistic articles: one summit reported in three languages, another meeting of the same
// series, a different meeting type of the same relationship, a state visit, and unrelated news.
import { article } from "./build.ts";

const KR = "country:KR", ASEAN = "organization:ASEAN", VN = "country:VN";
const summit = (ordinal: number, date: string | null, anchor: string) => ({
  type: "summit" as const, name: `${ordinal}th ASEAN-Republic of Korea Summit`, ordinal, date,
  place: date ? "Kuala Lumpur" : null, country: date ? "MY" : null, series: "ASEAN-KR summit", anchor,
  participants: [ASEAN, KR],
});

export const summit26en = () => article({
  source: "en/summit26.txt", language: "en", published: "2025-10-27",
  title: "PM Chính proposes three directions for ASEAN-RoK partnership",
  text: "KUALA LUMPUR — Prime Minister Phạm Minh Chính proposed three major directions for the ASEAN-Republic of Korea partnership while addressing the 26th ASEAN-RoK Summit in Kuala Lumpur on Monday. " +
    "The RoK is ASEAN's fifth-largest trading partner, with two-way trade reaching US$208.2 billion and FDI from the RoK totalling $7.6 billion in 2024. " +
    "President Lee Jae Myung reaffirmed support for ASEAN centrality. Projects such as the Korea–ASEAN Digital Innovation Flagship (KADIF) have strengthened digital capacity.",
  mentions: [
    { ref: "person:pham minh chinh", surface: "Phạm Minh Chính" }, { ref: ASEAN, surface: "ASEAN" },
    { ref: KR, surface: "Republic of Korea" }, { ref: "person:lee jae myung", surface: "Lee Jae Myung" },
    { ref: "initiative:KADIF", surface: "KADIF", expansion: "Korea–ASEAN Digital Innovation Flagship" }, { ref: "country:MY", surface: "Kuala Lumpur" },
  ],
  facts: [
    { metric: "rank", value: 5, unit: "rank", period: null, status: "actual", parties: [KR, ASEAN], surface: "fifth-largest" },
    { metric: "trade", value: 208.2e9, unit: "USD", period: "2024", status: "actual", parties: [ASEAN, KR], surface: "US$208.2 billion", precision: 1e8 },
    { metric: "investment", value: 7.6e9, unit: "USD", period: "2024", status: "actual", parties: [KR, ASEAN], surface: "$7.6 billion", precision: 1e8 },
  ],
  events: [summit(26, "2025-10-27", "26th ASEAN-RoK Summit")],
});

export const summit26nl = () => article({
  source: "nl/top26.txt", language: "nl", published: "2025-10-27",
  title: "Premier Pham Minh Chinh schetst drie richtingen voor ASEAN en Korea",
  text: "De 26e top tussen de ASEAN en de Republiek Korea vond plaats in Kuala Lumpur, Maleisië. " +
    "Korea is momenteel de vijfde grootste handelspartner van ASEAN, met een wederzijdse handelsomzet van 208,2 miljard USD in 2024 en FDI van Korea naar ASEAN van 7,6 miljard USD. " +
    "President Lee Jae Myung bevestigde dat Korea de centrale rol van ASEAN steunt. Premier Pham Minh Chinh hield een toespraak op de top.",
  mentions: [
    { ref: ASEAN, surface: "ASEAN" }, { ref: KR, surface: "Republiek Korea" }, { ref: "country:MY", surface: "Maleisië" },
    { ref: "person:lee jae myung", surface: "Lee Jae Myung" }, { ref: "person:pham minh chinh", surface: "Pham Minh Chinh" },
  ],
  facts: [
    { metric: "rank", value: 5, unit: "rank", period: null, status: "actual", parties: [KR, ASEAN], surface: "vijfde grootste" },
    { metric: "trade", value: 208.2e9, unit: "USD", period: "2024", status: "actual", parties: [ASEAN, KR], surface: "208,2 miljard USD", precision: 1e8 },
    { metric: "investment", value: 7.6e9, unit: "USD", period: "2024", status: "actual", parties: [KR, ASEAN], surface: "7,6 miljard USD", precision: 1e8 },
  ],
  events: [summit(26, "2025-10-27", "26e top")],
});

/** A Vietnamese report of the same summit, published the next day, with no event date of its own. */
export const summit26vi = () => article({
  source: "vi/hoinghi26.txt", language: "vi", published: "2025-10-28",
  title: "Thủ tướng Phạm Minh Chính nêu ba định hướng lớn thúc đẩy quan hệ ASEAN-Hàn Quốc",
  text: "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 26 tại Kuala Lumpur. " +
    "Hàn Quốc là đối tác thương mại lớn thứ 5 của ASEAN, kim ngạch thương mại hai chiều đạt 208,2 tỉ USD năm 2024. " +
    "Tổng thống Lee Jae Myung khẳng định ủng hộ vai trò trung tâm của ASEAN.",
  mentions: [
    { ref: "person:pham minh chinh", surface: "Phạm Minh Chính" }, { ref: ASEAN, surface: "ASEAN" }, { ref: KR, surface: "Hàn Quốc" },
    { ref: "person:lee jae myung", surface: "Lee Jae Myung" },
  ],
  facts: [
    { metric: "trade", value: 208.2e9, unit: "USD", period: "2024", status: "actual", parties: [ASEAN, KR], surface: "208,2 tỉ USD", precision: 1e8 },
  ],
  events: [summit(26, null, "lần thứ 26")],
});

/** The previous summit of the same series: shares people, entities and the 5th rank. */
export const summit25vi = () => article({
  source: "vi/hoinghi25.txt", language: "vi", published: null,
  text: "Hội nghị Cấp cao ASEAN-Hàn Quốc lần thứ 25 nhất trí thiết lập quan hệ Đối tác Chiến lược toàn diện. " +
    "Hàn Quốc hiện là đối tác thương mại lớn thứ 5 của ASEAN, với kim ngạch thương mại hai chiều đạt 196,64 tỉ USD và là nhà đầu tư FDI lớn thứ 6 vào ASEAN đạt 11 tỉ USD trong năm 2023. " +
    "Phát biểu tại hội nghị, Thủ tướng Phạm Minh Chính bày tỏ vui mừng.",
  mentions: [
    { ref: ASEAN, surface: "ASEAN" }, { ref: KR, surface: "Hàn Quốc" }, { ref: "person:pham minh chinh", surface: "Phạm Minh Chính" },
  ],
  facts: [
    { metric: "rank", value: 5, unit: "rank", period: null, status: "actual", parties: [KR, ASEAN], surface: "lớn thứ 5" },
    { metric: "trade", value: 196.64e9, unit: "USD", period: "2023", status: "actual", parties: [ASEAN, KR], surface: "196,64 tỉ USD", precision: 1e7 },
    { metric: "investment", value: 11e9, unit: "USD", period: "2023", status: "actual", parties: [KR, ASEAN], surface: "11 tỉ USD", precision: 1e9 },
  ],
  events: [summit(25, null, "lần thứ 25")],
});

export const dialogue28en = () => article({
  source: "en/dialogue28.txt", language: "en", published: "2024-04-05",
  text: "Deputy Minister of Foreign Affairs Do Hung Viet and RoK Deputy Minister Chung Byung-won co-chaired the 28th ASEAN-RoK Dialogue on April 4. " +
    "Participants reviewed ASEAN-RoK cooperation and discussed the regional situation. " +
    "Viet spoke highly of the RoK's commitment of 30 million USD for the Korea-ASEAN Digital Innovation Framework (KADIF).",
  mentions: [
    { ref: "person:do hung viet", surface: "Do Hung Viet" }, { ref: "person:chung byung won", surface: "Chung Byung-won" },
    { ref: ASEAN, surface: "ASEAN" }, { ref: KR, surface: "RoK" },
    { ref: "initiative:KADIF", surface: "KADIF", expansion: "Korea-ASEAN Digital Innovation Framework" },
  ],
  facts: [{ metric: "funding", value: 30e6, unit: "USD", period: null, status: "pledge", parties: [KR], surface: "30 million USD", precision: 1e6 }],
  events: [{ type: "dialogue", name: "28th ASEAN-RoK Dialogue", ordinal: 28, date: "2024-04-04", place: null, country: null, series: "ASEAN-KR dialogue", anchor: "28th ASEAN-RoK Dialogue" }],
});

export const stateVisitNl = () => article({
  source: "nl/staatsbezoek.txt", language: "nl", published: "2025-08-15",
  text: "Secretaris-generaal To Lam bracht een staatsbezoek aan de Republiek Korea op uitnodiging van president Lee Jae Myung. " +
    "Beide partijen streven naar een bilaterale handelsomzet van 150 miljard USD in 2030. " +
    "Vicepremier Bui Thanh Son noemde het bezoek een groot succes voor Vietnam.",
  mentions: [
    { ref: "person:to lam", surface: "To Lam" }, { ref: KR, surface: "Republiek Korea" }, { ref: "person:lee jae myung", surface: "Lee Jae Myung" },
    { ref: "person:bui thanh son", surface: "Bui Thanh Son" }, { ref: VN, surface: "Vietnam" },
  ],
  facts: [{ metric: "trade", value: 150e9, unit: "USD", period: "2030", status: "target", parties: [VN, KR], surface: "150 miljard USD", precision: 1e9 }],
  events: [{ type: "state_visit", name: "State visit of To Lam to the Republic of Korea", ordinal: null, date: "2025-08", place: null, country: "KR", series: null, anchor: "staatsbezoek", participants: ["person:to lam", KR] }],
});

/** Unrelated news about the same region on the same day as the summit. */
export const fisheriesEn = () => article({
  source: "en/fisheries.txt", language: "en", published: "2025-10-27",
  text: "Japan and the Philippines signed an agreement on fisheries cooperation in Manila on Monday. " +
    "The accord covers joint patrols, training for coast guard officers and the exchange of catch data. " +
    "Officials said the deal would be reviewed after three years.",
  mentions: [{ ref: "country:JP", surface: "Japan" }, { ref: "country:PH", surface: "Philippines" }],
});

/** The English summit report reposted by another site, with its own furniture and no extraction. */
export const summit26enRepost = () => {
  const a = summit26en();
  return article({
    source: "en/repost.html", language: "en", published: "2025-10-27",
    text: a.text.replace("KUALA LUMPUR — ", "") + " Share this article on social media.",
  });
};
