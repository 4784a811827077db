"""The seed's structure: its report title, chapters, sections, the 20 key-work tables and the list
table at the end, bullets per row; and heading forms of other reports."""
import collections

from pipeline import extract_document


def test_chapters_and_sections(seed_tables):
    secs = seed_tables["sections"]
    chapters = [s["title"] for s in secs if s["kind"] == "chapter"]
    assert "2022年国民经济和社会发展计划执行情况" in chapters
    assert "2023年国民经济和社会发展的主要任务和措施" in chapters
    by_id = {s["section_id"]: s for s in secs}
    plan = next(s for s in secs if s["title"] == "2023年国民经济和社会发展的主要任务和措施")
    subs = [s for s in secs if s["parent_id"] == plan["section_id"]]
    assert [s["number"] for s in subs] == list("一二三四五六七八")
    for s in secs:  # children lie inside their parents
        if s["parent_id"]:
            p = by_id[s["parent_id"]]
            assert p["start"] <= s["start"] and s["end"] <= p["end"]


def test_twenty_key_work_tables(seed_tables):
    rows = [r for r in seed_tables["tables"] if r["table_kind"] == "key_work"]
    tables = collections.OrderedDict()
    for r in rows:
        tables.setdefault(r["table_no"], []).append(r)
    assert list(tables) == list(range(1, 21))
    assert tables[1][0]["table_title"] == "全力以赴打好疫情防控大仗硬仗"
    assert [r["key_work"] for r in tables[1]] == ["统筹推进防疫目标任务落实落地", "持续做好常态化核酸检测"]
    assert [r["n_items"] for r in tables[1]] == [3, 4]
    assert tables[3][0]["table_title"] == "重点产业发展推进情况"
    assert [r["key_work"] for r in tables[3]][:2] == ["加快推进上海虹桥临空经济示范区建设", "持续推进“互联网+生活性服务业”创新试验区建设"]
    assert {r["second_header"] for r in tables[15]} == {"主要任务"}
    assert {r["second_header"] for r in tables[2]} == {"主要推进情况"}
    assert sum(len(v) for v in tables.values()) == 69


def test_list_table(seed_tables):
    rows = [r for r in seed_tables["tables"] if r["table_kind"] == "list"]
    assert [r["row_no"] for r in rows] == [1, 2, 3]
    assert rows[0]["header"] == ["序号", "标题", "制定机关", "发文文号"]
    assert rows[0]["cells"][1] == "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》"
    assert rows[2]["cells"][3] == ""


def test_bullets_belong_to_rows(seed_tables):
    items = seed_tables["items"]
    rows = {r["row_id"]: r for r in seed_tables["tables"]}
    bullets = [i for i in items if i["kind"] == "bullet"]
    assert bullets and all(b["row_id"] in rows for b in bullets)
    per_row = collections.Counter(b["row_id"] for b in bullets)
    assert all(per_row[rid] == r["n_items"] for rid, r in rows.items() if r["table_kind"] == "key_work")


def test_offsets_and_sentences(seed_text, seed_tables):
    for rec in seed_tables["items"] + seed_tables["sentences"]:
        assert seed_text[rec["start"]:rec["end"]] == rec["text"]
    sents = {s["sentence_id"]: s for s in seed_tables["sentences"]}
    for q in seed_tables["indicators"]:
        assert seed_text[q["start"]:q["end"]] == q["surface"]
        s = sents[q["sentence_id"]]
        assert s["start"] <= q["start"] and q["end"] <= s["end"]


def test_document_row(seed_tables):
    (doc,) = seed_tables["documents"]
    assert doc["region"] == "长宁区"
    assert doc["years"] == [2022, 2023]
    assert doc["title"].startswith("关于长宁区2022年")
    assert doc["n_tables"] == 21


def test_part_and_chapter_headings():
    """第一部分 / 第一章 open chapters, so that what follows is not run into one paragraph."""
    text = "第一部分 2022年工作回顾\n一年来，全市生产总值增长5%。\n第二部分 2023年工作安排\n生产总值增长6%左右。\n"
    tables = extract_document(text, "t")
    assert [(s["level"], s["number"], s["title"]) for s in tables["sections"]] == [
        (1, "一", "2022年工作回顾"), (1, "二", "2023年工作安排")]
    assert [(q["surface"], q["status"], q["ref_year"]) for q in tables["indicators"]] == [
        ("5%", "actual", 2022), ("6%", "target", 2023)]


def test_titled_one_line_per_row_table_keeps_its_title_and_the_source_characters():
    text = ("表1 2023年重点工作安排\n序号\t重点工作\t主要任务\t责任单位\n"
            "1\t推進數字化轉型\t新建5G基站500個，建成数据中心2个\t区经信委\n2\t优化营商环境\t新增市场主体1.2万户\t区市场监管局\n"
            "表2 重点工作推进情况\n重点工作\n主要推进情况\n推进数字化转型\n● 新建5G基站２７６个，累计1849个。\n")
    tables = extract_document(text, "t")
    got = [(r["table_id"], r["table_no"], r["table_title"], r["key_work"], r["cells"][2] if r["table_no"] == 1 else r["cells"][1])
           for r in tables["tables"]]
    assert got == [("t:t01", 1, "2023年重点工作安排", "推進數字化轉型", "新建5G基站500個，建成数据中心2个"),
                   ("t:t01", 1, "2023年重点工作安排", "优化营商环境", "新增市场主体1.2万户"),
                   ("t:t02", 2, "重点工作推进情况", "推进数字化转型", "新建5G基站２７６个，累计1849个。")]
    assert [(q["surface"], q["row_id"], q["status"]) for q in tables["indicators"]] == [
        ("500個", "t:t01:r01", "target"), ("2个", "t:t01:r01", "target"), ("1.2万户", "t:t01:r02", "target"),
        ("２７６个", "t:t02:r01", "actual"), ("1849个", "t:t02:r01", "actual")]


def test_table_title_punctuation_is_not_part_of_the_title():
    text = "表1：重点工作推进情况\n重点工作\n主要推进情况\n推进数字化转型\n● 新建5G基站276个。\n"
    (row,) = extract_document(text, "t")["tables"]
    assert (row["table_no"], row["table_title"], row["key_work"]) == (1, "重点工作推进情况", "推进数字化转型")


def test_a_full_stop_typed_as_a_point_ends_a_sentence():
    # Dalian 2016 (round 209-212): the web copy types its full stops as "."; a decimal point between digits and a
    # list's "1." after a digit end nothing
    text = ("一、过去五年工作回顾\n地区生产总值从5158亿元增加到7700亿元，年均增长8.5%.固定资产投资累计实现2.8万亿元，"
            "年均增长5.6%.城镇化率达到87.6%.\n1.推进改革开放。\n")
    out = extract_document(text, "dalian")
    sentences = [s["text"] for s in out["sentences"]]
    assert "地区生产总值从5158亿元增加到7700亿元，年均增长8.5%." in sentences
    assert "固定资产投资累计实现2.8万亿元，年均增长5.6%." in sentences
    assert not any(s.endswith(("5158亿元增加到7700亿元，年均增长8.", "1.")) for s in sentences)
    metrics = {i["surface"]: i["metric"] for i in out["indicators"]}
    assert metrics["2.8万亿元"] == "固定资产投资"
