// Hand-written news-like sentences per language: [short (one sentence), long (a few paragraphs)].
export const SAMPLES: Record<string, [string, string]> = {
  en: [
    "The two leaders agreed to expand trade and investment ties.",
    "The Prime Minister arrived in Kuala Lumpur on Sunday for the regional summit.\n\nHe said the meeting would focus on trade, investment and maritime security, and that both sides had agreed to open new talks next year.\n\nOfficials expect a joint statement to be issued on Tuesday.",
  ],
  vi: [
    "Hai nhà lãnh đạo nhất trí tăng cường hợp tác thương mại và đầu tư.",
    "Thủ tướng đã đến Kuala Lumpur vào chiều Chủ nhật để dự hội nghị cấp cao khu vực.\n\nTheo Thủ tướng, hai bên cần đẩy mạnh hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.\n\nCác quan chức cho biết tuyên bố chung sẽ được công bố vào thứ Ba.",
  ],
  nl: [
    "De twee leiders kwamen overeen de handel tussen beide landen uit te breiden.",
    "De premier kwam zondag aan in Kuala Lumpur voor de regionale top.\n\nHij zei dat de bijeenkomst zich zal richten op handel, investeringen en maritieme veiligheid, en dat beide partijen hebben afgesproken volgend jaar nieuwe gesprekken te beginnen.\n\nAmbtenaren verwachten dat dinsdag een gezamenlijke verklaring wordt uitgegeven.",
  ],
  fr: [
    "Les deux dirigeants ont convenu de renforcer leurs échanges commerciaux.",
    "Le Premier ministre est arrivé dimanche à Kuala Lumpur pour le sommet régional.\n\nIl a déclaré que la réunion porterait sur le commerce, les investissements et la sécurité maritime, et que les deux parties avaient convenu d'ouvrir de nouvelles négociations l'an prochain.",
  ],
  de: [
    "Die beiden Regierungschefs vereinbarten, den Handel auszubauen.",
    "Der Ministerpräsident traf am Sonntag zum regionalen Gipfel in Kuala Lumpur ein.\n\nEr sagte, das Treffen werde sich auf Handel, Investitionen und die Sicherheit auf See konzentrieren, und beide Seiten hätten vereinbart, im nächsten Jahr neue Gespräche aufzunehmen.",
  ],
  es: [
    "Los dos líderes acordaron ampliar el comercio entre ambos países.",
    "El primer ministro llegó el domingo a Kuala Lumpur para la cumbre regional.\n\nDijo que la reunión se centrará en el comercio, la inversión y la seguridad marítima, y que ambas partes acordaron iniciar nuevas negociaciones el próximo año.",
  ],
  id: [
    "Pemerintah mengatakan bahwa kerja sama ini bisa meningkatkan perdagangan.",
    "Presiden tiba di Kuala Lumpur pada hari Minggu untuk menghadiri konferensi tingkat tinggi.\n\nMenurut pemerintah, pertemuan itu akan membahas perdagangan, investasi dan keamanan maritim karena kedua negara ingin memperkuat hubungan.\n\nPara pejabat mengatakan bahwa pernyataan bersama akan diumumkan pada hari Selasa.",
  ],
  ms: [
    "Kerajaan berkata bahawa kerjasama ini boleh meningkatkan perdagangan.",
    "Perdana Menteri tiba di Kuala Lumpur pada hari Ahad untuk menghadiri persidangan kemuncak serantau.\n\nMenurut kerajaan, mesyuarat itu akan membincangkan perdagangan, pelaburan dan keselamatan maritim kerana kedua-dua negara mahu mengukuhkan hubungan.\n\nPara pegawai berkata bahawa kenyataan bersama akan dikeluarkan pada hari Selasa.",
  ],
  tl: [
    "Nagkasundo ang dalawang pinuno na palawakin ang kalakalan ng kanilang mga bansa.",
    "Dumating ang Punong Ministro sa Kuala Lumpur noong Linggo para sa pulong ng mga pinuno ng rehiyon.\n\nSinabi niya na ang pulong ay tututok sa kalakalan, pamumuhunan at seguridad sa karagatan, at nagkasundo ang dalawang panig na magsimula ng bagong pag-uusap sa susunod na taon.",
  ],
  ru: [
    "Два лидера договорились расширить торговлю между странами.",
    "Премьер-министр прибыл в Куала-Лумпур в воскресенье для участия в региональном саммите.\n\nОн заявил, что встреча будет посвящена торговле, инвестициям и морской безопасности, и что стороны договорились начать новые переговоры в следующем году.",
  ],
  ar: [
    "اتفق الزعيمان على توسيع التجارة بين البلدين.",
    "وصل رئيس الوزراء إلى كوالالمبور يوم الأحد لحضور القمة الإقليمية.\n\nوقال إن الاجتماع سيركز على التجارة والاستثمار والأمن البحري، وإن الجانبين اتفقا على بدء محادثات جديدة العام المقبل.",
  ],
  ko: [
    "양국 정상은 무역과 투자 협력을 확대하기로 합의했다.",
    "총리는 일요일 지역 정상회의 참석을 위해 쿠알라룸푸르에 도착했다.\n\n그는 이번 회의가 무역, 투자, 해양 안보에 초점을 맞출 것이며 양측이 내년에 새로운 협상을 시작하기로 합의했다고 말했다.",
  ],
  ja: [
    "両首脳は貿易と投資の協力を拡大することで合意した。",
    "首相は日曜日、地域首脳会議に出席するためクアラルンプールに到着した。\n\n首相は、会議では貿易、投資、海洋安全保障が焦点になると述べ、双方が来年新たな交渉を始めることで合意したと語った。",
  ],
  zh: [
    "两国领导人同意扩大贸易和投资合作。",
    "总理星期日抵达吉隆坡出席地区峰会。\n\n他表示，会议将重点讨论贸易、投资和海上安全问题，双方同意明年启动新的谈判。",
  ],
  th: [
    "ผู้นำทั้งสองเห็นพ้องที่จะขยายการค้าและการลงทุน",
    "นายกรัฐมนตรีเดินทางถึงกัวลาลัมเปอร์เมื่อวันอาทิตย์เพื่อเข้าร่วมการประชุมสุดยอดระดับภูมิภาค\n\nเขากล่าวว่าการประชุมจะเน้นเรื่องการค้า การลงทุน และความมั่นคงทางทะเล",
  ],
  lo: [
    "ຜູ້ນຳທັງສອງໄດ້ຕົກລົງຂະຫຍາຍການຄ້າ ແລະ ການລົງທຶນ.",
    "ນາຍົກລັດຖະມົນຕີ ໄດ້ເດີນທາງໄປຮອດກົວລາລຳເປີ ໃນວັນອາທິດ ເພື່ອເຂົ້າຮ່ວມກອງປະຊຸມສຸດຍອດ.\n\nທ່ານກ່າວວ່າ ກອງປະຊຸມຈະສຸມໃສ່ການຄ້າ, ການລົງທຶນ ແລະ ຄວາມໝັ້ນຄົງທາງທະເລ.",
  ],
  km: [
    "មេដឹកនាំទាំងពីរបានព្រមព្រៀងពង្រីកពាណិជ្ជកម្ម និងការវិនិយោគ។",
    "នាយករដ្ឋមន្ត្រីបានអញ្ជើញទៅដល់ទីក្រុងកូឡាឡាំពួ កាលពីថ្ងៃអាទិត្យ ដើម្បីចូលរួមកិច្ចប្រជុំកំពូល។\n\nលោកបានមានប្រសាសន៍ថា កិច្ចប្រជុំនឹងផ្តោតលើពាណិជ្ជកម្ម ការវិនិយោគ និងសន្តិសុខដែនសមុទ្រ។",
  ],
  my: [
    "ခေါင်းဆောင်နှစ်ဦးသည် ကုန်သွယ်မှုနှင့် ရင်းနှီးမြှုပ်နှံမှုကို တိုးချဲ့ရန် သဘောတူခဲ့ကြသည်။",
    "ဝန်ကြီးချုပ်သည် တနင်္ဂနွေနေ့တွင် ဒေသဆိုင်ရာ ထိပ်သီးအစည်းအဝေးသို့ တက်ရောက်ရန် ကွာလာလမ်ပူသို့ ရောက်ရှိခဲ့သည်။\n\nအစည်းအဝေးတွင် ကုန်သွယ်ရေး၊ ရင်းနှီးမြှုပ်နှံမှုနှင့် ပင်လယ်ရေကြောင်း လုံခြုံရေးကို အဓိကထား ဆွေးနွေးမည်ဖြစ်သည်။",
  ],
};
