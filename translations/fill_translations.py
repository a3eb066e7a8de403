#!/usr/bin/env python3
"""Fills whyflow_de.ts and whyflow_zh_CN.ts from the tables below (after `lupdate` has
added new source texts). Run from the repository root:
    /usr/lib/qt6/bin/lupdate app widgets -ts translations/whyflow_de.ts translations/whyflow_zh_CN.ts -no-obsolete
    python3 translations/fill_translations.py
Source texts are written as they appear in the .ts files (XML-escaped)."""
import re
import sys

DE = {
    "Payload": "Nutzdaten", "Ethernet II": "Ethernet II", "802.1Q Virtual LAN": "802.1Q Virtuelles LAN",
    "Linux cooked capture": "Linux-Cooked-Mitschnitt", "Internet Protocol Version 4": "Internet Protocol Version 4",
    "Internet Protocol Version 6": "Internet Protocol Version 6", "Transmission Control Protocol": "Transmission Control Protocol",
    "User Datagram Protocol": "User Datagram Protocol", "Internet Control Message Protocol": "Internet Control Message Protocol",
    "Internet Control Message Protocol v6": "Internet Control Message Protocol v6", "Malformed": "Fehlerhaft",
    "%1: cannot write (%2)": "%1: kann nicht geschrieben werden (%2)", "%1: cannot encode the PNG": "%1: PNG kann nicht kodiert werden",
    "%1: unknown figure format &apos;%2&apos; (use png, pdf or svg)": "%1: unbekanntes Abbildungsformat &apos;%2&apos; (png, pdf oder svg verwenden)",
    "predicted": "vorhergesagt", "true class": "wahre Klasse", "packets β": "Pakete β",
    "Shows why a traffic classifier labels a flow the way it does.": "Zeigt, warum ein Verkehrsklassifikator einen Fluss so einordnet, wie er es tut.",
    "Capture file to open (pcap or pcapng).": "Zu öffnende Mitschnittdatei (pcap oder pcapng).",
    "Model file (.wfm) to classify with.": "Modelldatei (.wfm) für die Klassifikation.",
    "Save a picture of the window to FILE once the capture is classified, then quit (for documentation).": "Nach der Klassifikation ein Bild des Fensters in DATEI speichern und beenden (für die Dokumentation).",
    "Flow to select at start.": "Beim Start auszuwählender Fluss.", "Reading %1": "Lese %1", "Open capture": "Mitschnitt öffnen",
    "Load model": "Modell laden", "Classifying with %1": "Klassifiziere mit %1", "Classify": "Klassifizieren", "Occlusion": "Okklusion",
    "whyflow": "whyflow", "Byte share β·α": "Byte-Anteil β·α",
    "Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)": "Filter: Adresse, Port oder Protokoll (z. B. :443, 192.0.2.10, UDP)",
    "Any class": "Jede Klasse", "confidence ≤ ": "Konfidenz ≤ ", "Packet": "Paket", "Attention": "Aufmerksamkeit",
    "Bytes (hex)": "Bytes (hex)", "Decoded": "Dekodiert", "Field groups": "Feldgruppen", "Why": "Warum",
    "Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)": "Einen Mitschnitt (Datei ▸ Mitschnitt öffnen…) und ein Modell (Datei ▸ Modell laden…) öffnen",
    "No model": "Kein Modell", "Cancel": "Abbrechen", "&amp;File": "&amp;Datei", "&amp;Open Capture…": "Mitschnitt ö&amp;ffnen…",
    "Open Capture": "Mitschnitt öffnen", "Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)": "Mitschnitte (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)",
    "Load &amp;Model…": "&amp;Modell laden…", "Load Model": "Modell laden", "whyflow models (*.wfm);;All files (*)": "whyflow-Modelle (*.wfm);;Alle Dateien (*)",
    "Open &amp;Recent": "&amp;Zuletzt geöffnet", "&amp;Quit": "&amp;Beenden", "&amp;View": "&amp;Ansicht", "&amp;Colormap": "&amp;Farbskala",
    "Zoom &amp;In (bytes)": "Ver&amp;größern (Bytes)", "Zoom &amp;Out (bytes)": "Ver&amp;kleinern (Bytes)",
    "&amp;Logarithmic Scale": "&amp;Logarithmische Skala", "&amp;Go": "&amp;Gehe zu", "Go to &amp;Flow…": "Zu &amp;Fluss…",
    "Go to Flow": "Zu Fluss gehen", "Flow number:": "Flussnummer:", "Flow %1 is not in the list (filtered out?)": "Fluss %1 ist nicht in der Liste (herausgefiltert?)",
    "Go to &amp;Packet…": "Zu &amp;Paket…", "Go to Packet": "Zu Paket gehen", "Packet number:": "Paketnummer:",
    "&amp;Analysis": "A&amp;nalyse", "&amp;Classify Again": "Erneut &amp;klassifizieren", "&amp;Help": "&amp;Hilfe",
    "&amp;About whyflow": "Ü&amp;ber whyflow", "About whyflow": "Über whyflow",
    "&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Shows why a deep-learning traffic classifier labels a flow the way it does.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;":
        "&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Zeigt, warum ein Deep-Learning-Verkehrsklassifikator einen Fluss so einordnet, wie er es tut.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;",
    "Reading %1…": "Lese %1…", "Loading model %1…": "Lade Modell %1…", "whyflow — %1": "whyflow — %1",
    "%1: %2 packets, %3 flows": "%1: %2 Pakete, %3 Flüsse", " (reading cancelled: partial)": " (Lesen abgebrochen: unvollständig)",
    "Model: %1 %2 (%3 classes, %4×%5, %6)": "Modell: %1 %2 (%3 Klassen, %4×%5, %6)",
    "Classification cancelled: %1 of %2 flows classified": "Klassifikation abgebrochen: %1 von %2 Flüssen klassifiziert",
    "%1 flows classified": "%1 Flüsse klassifiziert", "Flows: %1 shown of %2": "Flüsse: %1 von %2 angezeigt",
    "Packet %1 belongs to no flow (not IP)": "Paket %1 gehört zu keinem Fluss (kein IP)", "(packet not available)": "(Paket nicht verfügbar)",
    "Double-click to show the packet": "Doppelklick zeigt das Paket", "Flow %1: %2 (%3)": "Fluss %1: %2 (%3)",
    "Value: %1": "Wert: %1", "Group: %1": "Gruppe: %1", "Byte %1 of the frame": "Byte %1 des Rahmens", "Not model input": "Keine Modelleingabe",
    "Masked: zeroed before the model saw it": "Maskiert: genullt, bevor das Modell es sah", "Attention share: %1": "Anteil der Aufmerksamkeit: %1",
    "Copy as Hex": "Als Hex kopieren", "Copy as Text": "Als Text kopieren", "Zoom In": "Vergrößern", "Zoom Out": "Verkleinern",
    " (log)": " (log)", "Field": "Feld", "Value": "Wert", "Group": "Gruppe", " (tunnel)": " (Tunnel)", "Flow": "Fluss", "Client": "Client",
    "Server": "Server", "Protocol": "Protokoll", "Packets": "Pakete", "Bytes": "Bytes", "Duration (s)": "Dauer (s)",
    "Predicted": "Vorhergesagt", "Confidence": "Konfidenz", "site-dependent": "standortabhängig", "well-known": "bekannte Merkmale",
    "other": "sonstige", "whole capture": "gesamter Mitschnitt", "occlusion (this flow)": "Okklusion (dieser Fluss)",
    "share of the decision": "Anteil an der Entscheidung", "%1 % of this flow&apos;s attention": "%1 % der Aufmerksamkeit dieses Flusses",
    "%1 % of the occlusion drop": "%1 % des Okklusionsverlusts",
    "%1 on site-dependent fields (TTL, window, sequence numbers, checksums, TCP options, IP ID): this model may rely on site artifacts.":
        "%1 auf standortabhängigen Feldern (TTL, Fenster, Sequenznummern, Prüfsummen, TCP-Optionen, IP-ID): Dieses Modell stützt sich womöglich auf Standortartefakte.",
    " and ": " und ", "Not seen by the model (beyond its first packets)": "Vom Modell nicht gesehen (nach seinen ersten Paketen)",
    "Client to server": "Client zu Server", "Server to client": "Server zu Client", "No.": "Nr.", "Time": "Zeit", "Dir": "Richtung",
    "Length": "Länge", "Info": "Info", "&amp;Language": "&amp;Sprache", "English": "English",
    "The language changes when whyflow starts again.": "Die Sprache wechselt beim nächsten Start von whyflow.",
    "Language of the window: en, de or zh_CN.": "Sprache des Fensters: en, de oder zh_CN.",
}

ZH = {
    "Payload": "载荷", "Ethernet II": "以太网 II", "802.1Q Virtual LAN": "802.1Q 虚拟局域网", "Linux cooked capture": "Linux cooked 抓包",
    "Internet Protocol Version 4": "互联网协议第 4 版", "Internet Protocol Version 6": "互联网协议第 6 版",
    "Transmission Control Protocol": "传输控制协议", "User Datagram Protocol": "用户数据报协议",
    "Internet Control Message Protocol": "互联网控制消息协议", "Internet Control Message Protocol v6": "互联网控制消息协议 v6",
    "Malformed": "格式错误", "%1: cannot write (%2)": "%1：无法写入（%2）", "%1: cannot encode the PNG": "%1：无法编码 PNG",
    "%1: unknown figure format &apos;%2&apos; (use png, pdf or svg)": "%1：未知的图形格式 &apos;%2&apos;（请使用 png、pdf 或 svg）",
    "predicted": "预测", "true class": "真实类别", "packets β": "数据包 β",
    "Shows why a traffic classifier labels a flow the way it does.": "显示流量分类器为何如此标记一条流。",
    "Capture file to open (pcap or pcapng).": "要打开的抓包文件（pcap 或 pcapng）。", "Model file (.wfm) to classify with.": "用于分类的模型文件（.wfm）。",
    "Save a picture of the window to FILE once the capture is classified, then quit (for documentation).": "抓包分类完成后将窗口截图保存到 FILE 并退出（用于文档）。",
    "Flow to select at start.": "启动时选中的流。", "Reading %1": "正在读取 %1", "Open capture": "打开抓包", "Load model": "加载模型",
    "Classifying with %1": "正在用 %1 分类", "Classify": "分类", "Occlusion": "遮挡", "whyflow": "whyflow", "Byte share β·α": "字节份额 β·α",
    "Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)": "过滤：地址、端口或协议（例如 :443、192.0.2.10、UDP）",
    "Any class": "任意类别", "confidence ≤ ": "置信度 ≤ ", "Packet": "数据包", "Attention": "注意力", "Bytes (hex)": "字节（十六进制）",
    "Decoded": "解码", "Field groups": "字段组", "Why": "原因",
    "Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)": "请打开抓包（文件 ▸ 打开抓包…）和模型（文件 ▸ 加载模型…）",
    "No model": "无模型", "Cancel": "取消", "&amp;File": "文件(&amp;F)", "&amp;Open Capture…": "打开抓包(&amp;O)…", "Open Capture": "打开抓包",
    "Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)": "抓包文件 (*.pcap *.pcapng *.cap *.dmp);;所有文件 (*)",
    "Load &amp;Model…": "加载模型(&amp;M)…", "Load Model": "加载模型", "whyflow models (*.wfm);;All files (*)": "whyflow 模型 (*.wfm);;所有文件 (*)",
    "Open &amp;Recent": "最近打开(&amp;R)", "&amp;Quit": "退出(&amp;Q)", "&amp;View": "视图(&amp;V)", "&amp;Colormap": "色图(&amp;C)",
    "Zoom &amp;In (bytes)": "放大字节(&amp;I)", "Zoom &amp;Out (bytes)": "缩小字节(&amp;O)", "&amp;Logarithmic Scale": "对数刻度(&amp;L)",
    "&amp;Go": "跳转(&amp;G)", "Go to &amp;Flow…": "跳转到流(&amp;F)…", "Go to Flow": "跳转到流", "Flow number:": "流编号：",
    "Flow %1 is not in the list (filtered out?)": "流 %1 不在列表中（已被过滤？）", "Go to &amp;Packet…": "跳转到数据包(&amp;P)…",
    "Go to Packet": "跳转到数据包", "Packet number:": "数据包编号：", "&amp;Analysis": "分析(&amp;A)", "&amp;Classify Again": "重新分类(&amp;C)",
    "&amp;Help": "帮助(&amp;H)", "&amp;About whyflow": "关于 whyflow(&amp;A)", "About whyflow": "关于 whyflow",
    "&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Shows why a deep-learning traffic classifier labels a flow the way it does.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;":
        "&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;显示深度学习流量分类器为何如此标记一条流。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;",
    "Reading %1…": "正在读取 %1…", "Loading model %1…": "正在加载模型 %1…", "whyflow — %1": "whyflow — %1",
    "%1: %2 packets, %3 flows": "%1：%2 个数据包，%3 条流", " (reading cancelled: partial)": "（读取已取消：不完整）",
    "Model: %1 %2 (%3 classes, %4×%5, %6)": "模型：%1 %2（%3 个类别，%4×%5，%6）",
    "Classification cancelled: %1 of %2 flows classified": "分类已取消：已分类 %1 / %2 条流", "%1 flows classified": "已分类 %1 条流",
    "Flows: %1 shown of %2": "流：显示 %1 / %2", "Packet %1 belongs to no flow (not IP)": "数据包 %1 不属于任何流（非 IP）",
    "(packet not available)": "（数据包不可用）", "Double-click to show the packet": "双击显示该数据包", "Flow %1: %2 (%3)": "流 %1：%2（%3）",
    "Value: %1": "值：%1", "Group: %1": "组：%1", "Byte %1 of the frame": "帧的第 %1 字节", "Not model input": "非模型输入",
    "Masked: zeroed before the model saw it": "已屏蔽：在模型看到之前置零", "Attention share: %1": "注意力份额：%1",
    "Copy as Hex": "复制为十六进制", "Copy as Text": "复制为文本", "Zoom In": "放大", "Zoom Out": "缩小", " (log)": "（对数）",
    "Field": "字段", "Value": "值", "Group": "组", " (tunnel)": "（隧道）", "Flow": "流", "Client": "客户端", "Server": "服务器",
    "Protocol": "协议", "Packets": "数据包", "Bytes": "字节", "Duration (s)": "时长（秒）", "Predicted": "预测", "Confidence": "置信度",
    "site-dependent": "站点相关", "well-known": "通用特征", "other": "其他", "whole capture": "整个抓包", "occlusion (this flow)": "遮挡（本流）",
    "share of the decision": "决策份额", "%1 % of this flow&apos;s attention": "本流 %1 % 的注意力", "%1 % of the occlusion drop": "%1 % 的遮挡下降",
    "%1 on site-dependent fields (TTL, window, sequence numbers, checksums, TCP options, IP ID): this model may rely on site artifacts.":
        "%1 落在站点相关字段上（TTL、窗口、序列号、校验和、TCP 选项、IP ID）：该模型可能依赖站点伪特征。",
    " and ": " 和 ", "Not seen by the model (beyond its first packets)": "模型未看到（超出其前几个数据包）", "Client to server": "客户端到服务器",
    "Server to client": "服务器到客户端", "No.": "序号", "Time": "时间", "Dir": "方向", "Length": "长度", "Info": "信息", "&amp;Language": "语言(&amp;L)", "English": "English",
    "The language changes when whyflow starts again.": "语言将在 whyflow 下次启动时切换。",
    "Language of the window: en, de or zh_CN.": "窗口语言：en、de 或 zh_CN。",
}


def fill(path, table):
    text = open(path, encoding="utf-8").read()
    missing = []

    def repl(m):
        source = m.group(1)
        if source not in table:
            missing.append(source)
            return m.group(0)
        return f"<source>{source}</source>{m.group(2)}<translation>{table[source]}</translation>"

    text = re.sub(r"<source>(.*?)</source>(\s*(?:<[^>]*comment>.*?</[^>]*comment>\s*)*)<translation[^>]*>.*?</translation>",
                  repl, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)
    return missing


missing = fill("translations/whyflow_de.ts", DE) + fill("translations/whyflow_zh_CN.ts", ZH)
for m in sorted(set(missing)):
    print("untranslated:", m)
sys.exit(1 if missing else 0)
