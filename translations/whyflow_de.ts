<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="11"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="12"/>
        <source>Ethernet II</source>
        <translation>Ethernet II</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="13"/>
        <source>802.1Q Virtual LAN</source>
        <translation>802.1Q Virtuelles LAN</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="14"/>
        <source>Linux cooked capture</source>
        <translation>Linux-Cooked-Mitschnitt</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="15"/>
        <source>Internet Protocol Version 4</source>
        <translation>Internet Protocol Version 4</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="16"/>
        <source>Internet Protocol Version 6</source>
        <translation>Internet Protocol Version 6</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="17"/>
        <source>Transmission Control Protocol</source>
        <translation>Transmission Control Protocol</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="18"/>
        <source>User Datagram Protocol</source>
        <translation>User Datagram Protocol</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="19"/>
        <source>Internet Control Message Protocol</source>
        <translation>Internet Control Message Protocol</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="20"/>
        <source>Internet Control Message Protocol v6</source>
        <translation>Internet Control Message Protocol v6</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="21"/>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="20"/>
        <location filename="../widgets/figure_export.cpp" line="62"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="36"/>
        <source>%1: cannot encode the PNG</source>
        <translation>%1: PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="60"/>
        <source>%1: unknown figure format &apos;%2&apos; (use png, pdf or svg)</source>
        <translation>%1: unbekanntes Abbildungsformat &apos;%2&apos; (png, pdf oder svg verwenden)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="83"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="87"/>
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="136"/>
        <source>packets β</source>
        <translation>Pakete β</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="16"/>
        <source>Shows why a traffic classifier labels a flow the way it does.</source>
        <translation>Zeigt, warum ein Verkehrsklassifikator einen Fluss so einordnet, wie er es tut.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="19"/>
        <source>Capture file to open (pcap or pcapng).</source>
        <translation>Zu öffnende Mitschnittdatei (pcap oder pcapng).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="21"/>
        <source>Model file (.wfm) to classify with.</source>
        <translation>Modelldatei (.wfm) für die Klassifikation.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="25"/>
        <source>Save a picture of the window to FILE once the capture is classified, then quit (for documentation).</source>
        <translation>Nach der Klassifikation ein Bild des Fensters in DATEI speichern und beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Flow to select at start.</source>
        <translation>Beim Start auszuwählender Fluss.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Language of the window: en, de or zh_CN.</source>
        <translation>Sprache des Fensters: en, de oder zh_CN.</translation>
    </message>
</context>
<context>
    <name>whyflow::app::EngineWorker</name>
    <message>
        <location filename="../app/engine_worker.cpp" line="23"/>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="32"/>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="41"/>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="48"/>
        <source>Classifying with %1</source>
        <translation>Klassifiziere mit %1</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="57"/>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="85"/>
        <source>Occlusion</source>
        <translation>Okklusion</translation>
    </message>
</context>
<context>
    <name>whyflow::app::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="53"/>
        <source>whyflow</source>
        <translation>whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="104"/>
        <source>Byte share β·α</source>
        <translation>Byte-Anteil β·α</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="126"/>
        <source>Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)</source>
        <translation>Filter: Adresse, Port oder Protokoll (z. B. :443, 192.0.2.10, UDP)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="129"/>
        <location filename="../app/main_window.cpp" line="453"/>
        <source>Any class</source>
        <translation>Jede Klasse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="134"/>
        <source>confidence ≤ </source>
        <translation>Konfidenz ≤ </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Bytes (hex)</source>
        <translation>Bytes (hex)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="170"/>
        <source>Field groups</source>
        <translation>Feldgruppen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="171"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="185"/>
        <source>Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)</source>
        <translation>Einen Mitschnitt (Datei ▸ Mitschnitt öffnen…) und ein Modell (Datei ▸ Modell laden…) öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="186"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="277"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="278"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="279"/>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="282"/>
        <source>Load &amp;Model…</source>
        <translation>&amp;Modell laden…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="283"/>
        <source>Load Model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="283"/>
        <source>whyflow models (*.wfm);;All files (*)</source>
        <translation>whyflow-Modelle (*.wfm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="286"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="291"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="292"/>
        <source>&amp;Colormap</source>
        <translation>&amp;Farbskala</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="302"/>
        <source>Zoom &amp;In (bytes)</source>
        <translation>Ver&amp;größern (Bytes)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="303"/>
        <source>Zoom &amp;Out (bytes)</source>
        <translation>Ver&amp;kleinern (Bytes)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="305"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="306"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="311"/>
        <source>The language changes when whyflow starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von whyflow.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="314"/>
        <source>&amp;Logarithmic Scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="318"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="319"/>
        <source>Go to &amp;Flow…</source>
        <translation>Zu &amp;Fluss…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="322"/>
        <source>Go to Flow</source>
        <translation>Zu Fluss gehen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="322"/>
        <source>Flow number:</source>
        <translation>Flussnummer:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="324"/>
        <source>Flow %1 is not in the list (filtered out?)</source>
        <translation>Fluss %1 ist nicht in der Liste (herausgefiltert?)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="326"/>
        <source>Go to &amp;Packet…</source>
        <translation>Zu &amp;Paket…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="329"/>
        <source>Go to Packet</source>
        <translation>Zu Paket gehen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="329"/>
        <source>Packet number:</source>
        <translation>Paketnummer:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="333"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="334"/>
        <source>&amp;Classify Again</source>
        <translation>Erneut &amp;klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="336"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="337"/>
        <source>&amp;About whyflow</source>
        <translation>Ü&amp;ber whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="338"/>
        <source>About whyflow</source>
        <translation>Über whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="339"/>
        <source>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Shows why a deep-learning traffic classifier labels a flow the way it does.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Zeigt, warum ein Deep-Learning-Verkehrsklassifikator einen Fluss so einordnet, wie er es tut.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="370"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="377"/>
        <source>Loading model %1…</source>
        <translation>Lade Modell %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="431"/>
        <source>whyflow — %1</source>
        <translation>whyflow — %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="432"/>
        <source>%1: %2 packets, %3 flows</source>
        <translation>%1: %2 Pakete, %3 Flüsse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="434"/>
        <source> (reading cancelled: partial)</source>
        <translation> (Lesen abgebrochen: unvollständig)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="456"/>
        <source>Model: %1 %2 (%3 classes, %4×%5, %6)</source>
        <translation>Modell: %1 %2 (%3 Klassen, %4×%5, %6)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="507"/>
        <source>Classification cancelled: %1 of %2 flows classified</source>
        <translation>Klassifikation abgebrochen: %1 von %2 Flüssen klassifiziert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="509"/>
        <source>%1 flows classified</source>
        <translation>%1 Flüsse klassifiziert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="518"/>
        <source>Flows: %1 shown of %2</source>
        <translation>Flüsse: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="525"/>
        <source>Packet %1 belongs to no flow (not IP)</source>
        <translation>Paket %1 gehört zu keinem Fluss (kein IP)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="588"/>
        <source>(packet not available)</source>
        <translation>(Paket nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="694"/>
        <source>Double-click to show the packet</source>
        <translation>Doppelklick zeigt das Paket</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="735"/>
        <source>Flow %1: %2 (%3)</source>
        <translation>Fluss %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::ByteView</name>
    <message>
        <location filename="../widgets/byte_view.cpp" line="193"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="194"/>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="195"/>
        <source>Byte %1 of the frame</source>
        <translation>Byte %1 des Rahmens</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="197"/>
        <source>Not model input</source>
        <translation>Keine Modelleingabe</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="198"/>
        <source>Masked: zeroed before the model saw it</source>
        <translation>Maskiert: genullt, bevor das Modell es sah</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="199"/>
        <source>Attention share: %1</source>
        <translation>Anteil der Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="216"/>
        <source>Copy as Hex</source>
        <translation>Als Hex kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="217"/>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="219"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="220"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::ColorLegend</name>
    <message>
        <location filename="../widgets/color_legend.cpp" line="8"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/color_legend.cpp" line="58"/>
        <source> (log)</source>
        <translation> (log)</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FieldTree</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="70"/>
        <source> (tunnel)</source>
        <translation> (Tunnel)</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="92"/>
        <source>Not model input</source>
        <translation>Keine Modelleingabe</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="94"/>
        <source>Masked: zeroed before the model saw it</source>
        <translation>Maskiert: genullt, bevor das Modell es sah</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FlowListModel</name>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="79"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="80"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="81"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="82"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="83"/>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="84"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="85"/>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="86"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="87"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::GroupChart</name>
    <message>
        <location filename="../widgets/group_chart.cpp" line="76"/>
        <source>site-dependent</source>
        <translation>standortabhängig</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="77"/>
        <source>well-known</source>
        <translation>bekannte Merkmale</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="78"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="79"/>
        <source>whole capture</source>
        <translation>gesamter Mitschnitt</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="82"/>
        <source>occlusion (this flow)</source>
        <translation>Okklusion (dieser Fluss)</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="100"/>
        <source>share of the decision</source>
        <translation>Anteil an der Entscheidung</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="130"/>
        <source>%1 % of this flow&apos;s attention</source>
        <translation>%1 % der Aufmerksamkeit dieses Flusses</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="131"/>
        <source>%1 % of the occlusion drop</source>
        <translation>%1 % des Okklusionsverlusts</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="134"/>
        <source>%1 on site-dependent fields (TTL, window, sequence numbers, checksums, TCP options, IP ID): this model may rely on site artifacts.</source>
        <translation>%1 auf standortabhängigen Feldern (TTL, Fenster, Sequenznummern, Prüfsummen, TCP-Optionen, IP-ID): Dieses Modell stützt sich womöglich auf Standortartefakte.</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="136"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::PacketListModel</name>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="46"/>
        <source>Not seen by the model (beyond its first packets)</source>
        <translation>Vom Modell nicht gesehen (nach seinen ersten Paketen)</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="47"/>
        <source>Client to server</source>
        <translation>Client zu Server</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="47"/>
        <source>Server to client</source>
        <translation>Server zu Client</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="59"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="60"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="61"/>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="62"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="63"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="64"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
</TS>
