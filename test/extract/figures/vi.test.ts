import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, brief, KR, VN, JP } from "./helpers.ts";

test("vi: rank, trade and investment share the trailing `trong năm`", () => {
  const s = "Nhật Bản hiện là đối tác thương mại lớn thứ 4 của Việt Nam, với kim ngạch thương mại hai chiều đạt 46,2 tỉ USD và là nhà đầu tư lớn thứ 3 vào Việt Nam với 4,5 tỉ USD trong năm 2024.";
  const out = facts("vi", [{ text: s, quantities: [
    { surface: "lớn thứ 4", kind: "rank", value: 4 }, { surface: "46,2 tỉ USD", kind: "money", value: 46.2e9 },
    { surface: "lớn thứ 3", kind: "rank", value: 3 }, { surface: "4,5 tỉ USD", kind: "money", value: 4.5e9 },
    { surface: "năm 2024", kind: "year", value: 2024 },
  ] }], [["Nhật Bản", JP], ["Việt Nam", VN]]);
  assert.deepEqual(out.map(brief), [
    { metric: "rank", value: 4, unit: "rank", period: "2024", status: "actual", parties: [JP, VN] },
    { metric: "trade", value: 46.2e9, unit: "USD", period: "2024", status: "actual", parties: [JP, VN] },
    { metric: "rank", value: 3, unit: "rank", period: "2024", status: "actual", parties: [JP, VN] },
    { metric: "investment", value: 4.5e9, unit: "USD", period: "2024", status: "actual", parties: [JP, VN] },
  ]);
});

test("vi: a training plan is a target of the planner; durations and directions are not facts", () => {
  const out = facts("vi", [
    { text: "Trong 30 năm qua, Hàn Quốc đã hỗ trợ Việt Nam và có kế hoạch đào tạo 5.000 kỹ sư công nghệ thông tin.",
      quantities: [{ surface: "30", kind: "count", value: 30, noun: "năm qua" }, { surface: "5.000", kind: "count", value: 5000, noun: "kỹ sư công nghệ thông tin" }] },
    { text: "Thủ tướng đề nghị 3 định hướng lớn.", quantities: [{ surface: "3", kind: "count", value: 3, noun: "định hướng" }] },
  ], [["Hàn Quốc", KR], ["Việt Nam", VN]]);
  assert.deepEqual(out, []);
  const out2 = facts("vi", [
    { text: "Hàn Quốc có kế hoạch đào tạo 5.000 sinh viên Việt Nam.",
      quantities: [{ surface: "5.000", kind: "count", value: 5000, noun: "sinh viên", unit: "persons" }] },
  ], [["Hàn Quốc", KR], ["Việt Nam", VN]]);
  assert.deepEqual(out2.map(brief), [{ metric: "people", value: 5000, unit: "persons", period: null, status: "target", parties: [KR] }]);
  assert.equal(out2[0].subject, "students");
});

test("vi: `hai bên` with no names takes the main pair; `đến năm 2030` makes a target", () => {
  const out = facts("vi", [
    { text: "Việt Nam và Nhật Bản nâng cấp quan hệ.", quantities: [] },
    { text: "Hai bên phấn đấu đưa kim ngạch thương mại lên 60 tỉ USD đến năm 2030.",
      quantities: [{ surface: "60 tỉ USD", kind: "money", value: 60e9 }, { surface: "năm 2030", kind: "year", value: 2030 }] },
    { text: "Hai bên đã ký 25 văn kiện hợp tác.", quantities: [{ surface: "25", kind: "count", value: 25, noun: "văn kiện hợp tác" }] },
  ], [["Việt Nam", VN], ["Nhật Bản", JP]]);
  assert.deepEqual(out.map(brief), [
    { metric: "trade", value: 60e9, unit: "USD", period: "2030", status: "target", parties: [VN, JP] },
    { metric: "count", value: 25, unit: "items", period: null, status: "actual", parties: [VN, JP] },
  ]);
  assert.equal(out[1].subject, "cooperation documents");
});

test("vi: multiples are growth for each clause", () => {
  const out = facts("vi", [{ text: "Sau 30 năm, thương mại Việt Nam - Nhật Bản tăng gấp 10 lần, đầu tư tăng 15 lần.", quantities: [
    { surface: "30", kind: "count", value: 30, noun: "năm" }, { surface: "gấp 10 lần", kind: "multiple", value: 10 }, { surface: "15 lần", kind: "multiple", value: 15 }] }],
  [["Việt Nam", VN], ["Nhật Bản", JP]]);
  assert.deepEqual(out.map((f) => [f.metric, f.value, f.unit, f.subject]), [["growth", 10, "times", "trade"], ["growth", 15, "times", "investment"]]);
  assert.deepEqual(out[1].parties, [VN, JP]);
});
