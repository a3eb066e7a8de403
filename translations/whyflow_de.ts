<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportFigureDialog</name>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="6"/>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="14"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="20"/>
        <source>&amp;Packet attention</source>
        <translation>&amp;Paketaufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="30"/>
        <source>&amp;Byte heatmap</source>
        <translation>&amp;Byte-Heatmap</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="40"/>
        <source>Field &amp;groups</source>
        <translation>Feld&amp;gruppen</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="50"/>
        <source>&amp;Why table</source>
        <translation>&amp;Warum-Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="63"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="69"/>
        <source>Wi&amp;dth:</source>
        <translation>Brei&amp;te:</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="98"/>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="127"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="138"/>
        <source>centimetres (cm)</source>
        <translation>Zentimeter (cm)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="143"/>
        <source>inches (in)</source>
        <translation>Zoll (in)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="151"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="161"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="190"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="196"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="207"/>
        <source>PNG (bitmap)</source>
        <translation>PNG (Rastergrafik)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="212"/>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="217"/>
        <source>PDF (vector, fonts embedded)</source>
        <translation>PDF (Vektor, Schriften eingebettet)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="225"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="247"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="276"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>FieldGroup</name>
    <message>
        <location filename="../widgets/group_chart.cpp" line="34"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="35"/>
        <source>TTL / hop limit</source>
        <translation>TTL / Hop-Limit</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="36"/>
        <source>TCP window</source>
        <translation>TCP-Fenster</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="37"/>
        <source>Sequence / ack numbers</source>
        <translation>Sequenz- / ACK-Nummern</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="38"/>
        <source>TCP flags</source>
        <translation>TCP-Flags</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="39"/>
        <source>TCP options</source>
        <translation>TCP-Optionen</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="40"/>
        <source>Checksums</source>
        <translation>Prüfsummen</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="41"/>
        <source>IP ID / fragmentation</source>
        <translation>IP-ID / Fragmentierung</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="42"/>
        <source>DSCP / ECN</source>
        <translation>DSCP / ECN</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="43"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="44"/>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="45"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="46"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="47"/>
        <source>Header structure</source>
        <translation>Header-Struktur</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="13"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="14"/>
        <source>Ethernet II</source>
        <translation>Ethernet II</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="15"/>
        <source>802.1Q Virtual LAN</source>
        <translation>802.1Q Virtuelles LAN</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="16"/>
        <source>Linux cooked capture</source>
        <translation>Linux-Cooked-Mitschnitt</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="17"/>
        <source>Internet Protocol Version 4</source>
        <translation>Internet Protocol Version 4</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="18"/>
        <source>Internet Protocol Version 6</source>
        <translation>Internet Protocol Version 6</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="19"/>
        <source>Transmission Control Protocol</source>
        <translation>Transmission Control Protocol</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="20"/>
        <source>User Datagram Protocol</source>
        <translation>User Datagram Protocol</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="21"/>
        <source>Internet Control Message Protocol</source>
        <translation>Internet Control Message Protocol</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="22"/>
        <source>Internet Control Message Protocol v6</source>
        <translation>Internet Control Message Protocol v6</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="23"/>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="21"/>
        <location filename="../widgets/figure_export.cpp" line="23"/>
        <location filename="../widgets/figure_export.cpp" line="70"/>
        <location filename="../widgets/figure_export.cpp" line="524"/>
        <location filename="../widgets/figure_export.cpp" line="528"/>
        <location filename="../widgets/figure_export.cpp" line="530"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="29"/>
        <source>Model comparison on %1 (%2 labelled flows)</source>
        <translation>Modellvergleich auf %1 (%2 gelabelte Flüsse)</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="31"/>
        <source>own test %</source>
        <translation>eigener Test %</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="31"/>
        <source>drop (pt)</source>
        <translation>Rückgang (PP)</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="31"/>
        <source>site % (attention)</source>
        <translation>Standort % (Aufmerksamkeit)</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="32"/>
        <source>site % (occlusion)</source>
        <translation>Standort % (Okklusion)</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="32"/>
        <source>site % (swaps)</source>
        <translation>Standort % (Vertauschen)</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="62"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="72"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="29"/>
        <source>%1: a %2 × %3 pixel image is too large (lower the size or the DPI)</source>
        <translation>%1: Ein Bild mit %2 × %3 Pixeln ist zu groß (Größe oder DPI verringern)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="44"/>
        <source>%1: cannot encode the PNG</source>
        <translation>%1: PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="68"/>
        <source>%1: unknown figure format &apos;%2&apos; (use png, pdf or svg)</source>
        <translation>%1: unbekanntes Abbildungsformat &apos;%2&apos; (png, pdf oder svg verwenden)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="91"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="95"/>
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="134"/>
        <source>unknown view &apos;%1&apos; (use %2)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (%2 verwenden)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="139"/>
        <source>no view chosen (use %1)</source>
        <translation>keine Ansicht gewählt (%1 verwenden)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="191"/>
        <source>Packet attention β</source>
        <translation>Paketaufmerksamkeit β</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="193"/>
        <source>no packet attention (this kind of model has none)</source>
        <translation>keine Paketaufmerksamkeit (diese Modellart hat keine)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="225"/>
        <source>Byte attention β·α</source>
        <translation>Byte-Aufmerksamkeit β·α</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="227"/>
        <source>no byte attention (this kind of model has none)</source>
        <translation>keine Byte-Aufmerksamkeit (diese Modellart hat keine)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="275"/>
        <source>share of the decision</source>
        <translation>Anteil an der Entscheidung</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="283"/>
        <source>Field groups</source>
        <translation>Feldgruppen</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="285"/>
        <source>no field groups</source>
        <translation>keine Feldgruppen</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="297"/>
        <source>no attention and no occlusion for this flow</source>
        <translation>keine Aufmerksamkeit und keine Okklusion für diesen Fluss</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="312"/>
        <source>well-known</source>
        <translation>bekannte Merkmale</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="313"/>
        <source>site-dependent</source>
        <translation>standortabhängig</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="329"/>
        <source>attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="330"/>
        <source>occlusion drop</source>
        <translation>Okklusionsverlust</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="370"/>
        <source>Why: the most attended packets and bytes</source>
        <translation>Warum: die Pakete und Bytes mit der meisten Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="371"/>
        <source>no Why table (this kind of model has no attention)</source>
        <translation>keine Warum-Tabelle (diese Modellart hat keine Aufmerksamkeit)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="441"/>
        <source>1 more row left out: make the figure larger</source>
        <translation>1 weitere Zeile ausgelassen: Abbildung größer machen</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="442"/>
        <source>%1 more rows left out: make the figure larger</source>
        <translation>%1 weitere Zeilen ausgelassen: Abbildung größer machen</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="516"/>
        <source>%1: no view chosen for the figure</source>
        <translation>%1: keine Ansicht für die Abbildung gewählt</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="518"/>
        <source>%1: the figure needs a positive width, height and resolution</source>
        <translation>%1: Die Abbildung braucht eine positive Breite, Höhe und Auflösung</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="74"/>
        <source>packet %1 (β = %2), bytes from the IP header</source>
        <translation>Paket %1 (β = %2), Bytes ab dem IP-Header</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="87"/>
        <source>packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="87"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="87"/>
        <source>decoded</source>
        <translation>dekodiert</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="99"/>
        <source>Share of the decision per field group</source>
        <translation>Anteil an der Entscheidung je Feldgruppe</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="141"/>
        <source>%1: occlusion</source>
        <translation>%1: Okklusion</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="151"/>
        <source>%1: attention</source>
        <translation>%1: Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="157"/>
        <source>site-dependent group</source>
        <translation>standortabhängige Gruppe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Shows why a traffic classifier labels a flow the way it does.</source>
        <translation>Zeigt, warum ein Verkehrsklassifikator einen Fluss so einordnet, wie er es tut.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Capture file to open (pcap or pcapng).</source>
        <translation>Zu öffnende Mitschnittdatei (pcap oder pcapng).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Model file (.wfm) to classify with; give it several times to compare models side by side.</source>
        <translation>Modelldatei (.wfm) für die Klassifikation; mehrfach angeben, um Modelle nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>True labels of the capture&apos;s flows (CSV in the nDPI corpus format).</source>
        <translation>Wahre Labels der Flüsse des Mitschnitts (CSV im Format des nDPI-Korpus).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>Merges the labels&apos; protocols into categories (CSV: ndpi_master,category).</source>
        <translation>Fasst die Protokolle der Labels zu Kategorien zusammen (CSV: ndpi_master,category).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Save a picture of the window to FILE once the capture is classified, then quit (for documentation).</source>
        <translation>Nach der Klassifikation ein Bild des Fensters in DATEI speichern und beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Flow to select at start.</source>
        <translation>Beim Start auszuwählender Fluss.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Window colours for this run: system, light or dark (View ▸ Theme saves a choice).</source>
        <translation>Fensterfarben für diesen Lauf: system, light oder dark (Ansicht ▸ Erscheinungsbild speichert eine Wahl).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Detail tab to show at start: groups, why, models or faithfulness.</source>
        <translation>Beim Start anzuzeigender Detail-Reiter: groups, why, models oder faithfulness.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Language of the window: en, de or zh_CN.</source>
        <translation>Sprache des Fensters: en, de oder zh_CN.</translation>
    </message>
</context>
<context>
    <name>whyflow::app::EngineWorker</name>
    <message>
        <location filename="../app/engine_worker.cpp" line="50"/>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="60"/>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="69"/>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="79"/>
        <location filename="../app/main_window.cpp" line="234"/>
        <source>Classifying with %1</source>
        <translation>Klassifiziere mit %1</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="89"/>
        <location filename="../app/main_window.cpp" line="569"/>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="115"/>
        <location filename="../app/main_window.cpp" line="569"/>
        <source>Occlusion</source>
        <translation>Okklusion</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="122"/>
        <source>Comparing %1 models</source>
        <translation>Vergleiche %1 Modelle</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="165"/>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
</context>
<context>
    <name>whyflow::app::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="64"/>
        <source>whyflow</source>
        <translation>whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="139"/>
        <source>Byte share β·α</source>
        <translation>Byte-Anteil β·α</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="263"/>
        <source>Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)</source>
        <translation>Filter: Adresse, Port oder Protokoll (z. B. :443, 192.0.2.10, UDP)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Bytes (hex)</source>
        <translation>Bytes (hex)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="180"/>
        <source>Explained model: attention and occlusion</source>
        <translation>Erklärtes Modell: Aufmerksamkeit und Okklusion</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="181"/>
        <source>Every model: occlusion by zeros</source>
        <translation>Alle Modelle: Okklusion durch Nullen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="182"/>
        <source>Every model: occlusion by swaps</source>
        <translation>Alle Modelle: Okklusion durch Vertauschen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="183"/>
        <source>Every model: attention</source>
        <translation>Alle Modelle: Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="212"/>
        <source>Field groups</source>
        <translation>Feldgruppen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="213"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="214"/>
        <source>Models side by side</source>
        <translation>Modelle nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="215"/>
        <source>Faithfulness</source>
        <translation>Treue</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="228"/>
        <source>Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)</source>
        <translation>Einen Mitschnitt (Datei ▸ Mitschnitt öffnen…) und ein Modell (Datei ▸ Modell laden…) öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="229"/>
        <location filename="../app/main_window.cpp" line="740"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="236"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="266"/>
        <source>The explained model: its predictions drive the class, confidence and misclassified filters, the packet attention, the bytes and the Why panel</source>
        <translation>Das erklärte Modell: Seine Vorhersagen bestimmen die Filter für Klasse, Konfidenz und Fehlklassifikation, die Paketaufmerksamkeit, die Bytes und das Warum-Feld</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="269"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="271"/>
        <source>True label (File ▸ Load Labels…)</source>
        <translation>Wahres Label (Datei ▸ Labels laden…)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="284"/>
        <source>confidence ≥ </source>
        <translation>Konfidenz ≥ </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="285"/>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="286"/>
        <source>Misclassified</source>
        <translation>Fehlklassifiziert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="287"/>
        <source>Only labelled flows that the explained model gets wrong</source>
        <translation>Nur gelabelte Flüsse, die das erklärte Modell falsch einordnet</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="288"/>
        <source>Models disagree</source>
        <translation>Modelle uneinig</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="289"/>
        <source>Only flows on which two loaded models predict different classes</source>
        <translation>Nur Flüsse, für die zwei geladene Modelle verschiedene Klassen vorhersagen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="403"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="404"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="405"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="406"/>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Mitschnitte (*.pcap *.pcapng *.cap *.dmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="409"/>
        <source>Load &amp;Model…</source>
        <translation>&amp;Modell laden…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="410"/>
        <source>Load Model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="410"/>
        <location filename="../app/main_window.cpp" line="414"/>
        <source>whyflow models (*.wfm);;All files (*)</source>
        <translation>whyflow-Modelle (*.wfm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="413"/>
        <source>&amp;Add Model…</source>
        <translation>Modell &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="414"/>
        <source>Add Model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="417"/>
        <source>Remo&amp;ve Model</source>
        <translation>Modell &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="418"/>
        <source>Load &amp;Labels…</source>
        <translation>&amp;Labels laden…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="419"/>
        <location filename="../app/main_window.cpp" line="423"/>
        <location filename="../app/main_window.cpp" line="428"/>
        <source>Load Labels</source>
        <translation>Labels laden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="420"/>
        <source>Label files (*.csv);;All files (*)</source>
        <translation>Label-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="423"/>
        <source>Merge the protocols into categories with a category map?</source>
        <translation>Die Protokolle mit einer Kategorienzuordnung zu Kategorien zusammenfassen?</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="425"/>
        <source>Category Map</source>
        <translation>Kategorienzuordnung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="426"/>
        <source>Category maps (*.csv);;All files (*)</source>
        <translation>Kategorienzuordnungen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="430"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="433"/>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="434"/>
        <source>Export &amp;Why Table…</source>
        <translation>&amp;Warum-Tabelle exportieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="439"/>
        <source>Export &amp;Comparison…</source>
        <translation>&amp;Vergleich exportieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="440"/>
        <source>Export Comparison into Folder</source>
        <translation>Vergleich in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="444"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="446"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="447"/>
        <source>&amp;Colormap</source>
        <translation>&amp;Farbskala</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="457"/>
        <source>Zoom &amp;In (bytes)</source>
        <translation>Ver&amp;größern (Bytes)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="458"/>
        <source>Zoom &amp;Out (bytes)</source>
        <translation>Ver&amp;kleinern (Bytes)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="460"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="461"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="466"/>
        <source>The language changes when whyflow starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von whyflow.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="469"/>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="482"/>
        <source>&amp;Logarithmic Scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="486"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="487"/>
        <source>Go to &amp;Flow…</source>
        <translation>Zu &amp;Fluss…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="490"/>
        <source>Go to Flow</source>
        <translation>Zu Fluss gehen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="490"/>
        <source>Flow number:</source>
        <translation>Flussnummer:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="492"/>
        <source>Flow %1 is not in the list (filtered out?)</source>
        <translation>Fluss %1 ist nicht in der Liste (herausgefiltert?)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="494"/>
        <source>Go to &amp;Packet…</source>
        <translation>Zu &amp;Paket…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="497"/>
        <source>Go to Packet</source>
        <translation>Zu Paket gehen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="497"/>
        <source>Packet number:</source>
        <translation>Paketnummer:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="501"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="502"/>
        <source>&amp;Classify Again</source>
        <translation>Erneut &amp;klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="504"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="505"/>
        <source>&amp;About whyflow</source>
        <translation>Ü&amp;ber whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="506"/>
        <source>About whyflow</source>
        <translation>Über whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="507"/>
        <source>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Shows why a deep-learning traffic classifier labels a flow the way it does.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Zeigt, warum ein Deep-Learning-Verkehrsklassifikator einen Fluss so einordnet, wie er es tut.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="546"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="552"/>
        <location filename="../app/main_window.cpp" line="558"/>
        <source>Loading model %1…</source>
        <translation>Lade Modell %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="621"/>
        <source>damaged capture: partly read</source>
        <translation>beschädigter Mitschnitt: teilweise gelesen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="648"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="648"/>
        <source>%1 is already loaded</source>
        <translation>%1 ist bereits geladen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1405"/>
        <source>%1, flow %2: Spearman ρ between attention shares and occlusion drops over the field groups = &lt;b&gt;%3&lt;/b&gt; (1: attention ranks the groups as occlusion does).</source>
        <translation>%1, Fluss %2: Spearman ρ zwischen Aufmerksamkeitsanteilen und Okklusionsverlusten über die Feldgruppen = &lt;b&gt;%3&lt;/b&gt; (1: Die Aufmerksamkeit ordnet die Gruppen so wie die Okklusion).</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1410"/>
        <source>Removing bytes in order of attention lowers the probability of %1 by %2 more on average than removing them at random.</source>
        <translation>Bytes in der Reihenfolge der Aufmerksamkeit zu entfernen senkt die Wahrscheinlichkeit von %1 im Mittel um %2 mehr, als sie zufällig zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1414"/>
        <source>Removing bytes in order of attention lowers the probability of %1 no faster than removing them at random (%2 less on average): the attention does not point at what the decision needs.</source>
        <translation>Bytes in der Reihenfolge der Aufmerksamkeit zu entfernen senkt die Wahrscheinlichkeit von %1 nicht schneller, als sie zufällig zu entfernen (im Mittel um %2 weniger): Die Aufmerksamkeit zeigt nicht auf das, was die Entscheidung braucht.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="612"/>
        <source>whyflow — %1</source>
        <translation>whyflow — %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="613"/>
        <source>%1: %2 packets, %3 flows</source>
        <translation>%1: %2 Pakete, %3 Flüsse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="615"/>
        <source> (reading cancelled: partial)</source>
        <translation> (Lesen abgebrochen: unvollständig)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="721"/>
        <source>Any predicted class</source>
        <translation>Jede vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="731"/>
        <source>Model: %1 %2 (%3 classes, %4×%5, %6)</source>
        <translation>Modell: %1 %2 (%3 Klassen, %4×%5, %6)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="737"/>
        <source> + %n more</source>
        <translation>
            <numerusform> + %n weiteres</numerusform>
            <numerusform> + %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="841"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="843"/>
        <source>Classification cancelled (%1 of %2 flows classified)</source>
        <translation>Klassifikation abgebrochen (%1 von %2 Flüssen klassifiziert)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="844"/>
        <source>Classifying… %1 of %2 flows</source>
        <translation>Klassifiziere… %1 von %2 Flüssen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="845"/>
        <source>%1 flows classified by %2 models</source>
        <translation>%1 Flüsse von %2 Modellen klassifiziert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1159"/>
        <source>A %1 model has no attention, so this flow has no Why table; its occlusion drops are in Field groups.</source>
        <translation>Ein %1-Modell hat keine Aufmerksamkeit, daher hat dieser Fluss keine Warum-Tabelle; seine Okklusionsverluste stehen unter Feldgruppen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1175"/>
        <source>%1 (No. %2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1250"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1253"/>
        <source>attention share</source>
        <translation>Anteil der Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1254"/>
        <source>probability drop, group zeroed (C4.5, k-NN: training means)</source>
        <translation>Rückgang der Wahrscheinlichkeit, Gruppe genullt (C4.5, k-NN: Trainingsmittelwerte)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1255"/>
        <source>probability drop, group swapped with other flows&apos;</source>
        <translation>Rückgang der Wahrscheinlichkeit, Gruppe mit der anderer Flüsse vertauscht</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1257"/>
        <source>Flow %1: no model has this view yet</source>
        <translation>Fluss %1: Noch kein Modell hat diese Ansicht</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1260"/>
        <source>Flow %1, every model</source>
        <translation>Fluss %1, alle Modelle</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1301"/>
        <source>Spearman ρ between this flow&apos;s attention shares and occlusion drops over the groups: %1</source>
        <translation>Spearman ρ zwischen den Aufmerksamkeitsanteilen und Okklusionsverlusten dieses Flusses über die Gruppen: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1303"/>
        <source>A %1 model has no attention: the bars are its occlusion drops.</source>
        <translation>Ein %1-Modell hat keine Aufmerksamkeit: Die Balken sind seine Okklusionsverluste.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1304"/>
        <source>Flow %1: %2 (%3) — %4</source>
        <translation>Fluss %1: %2 (%3) — %4</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1326"/>
        <source>Flow %1: %2 → %3</source>
        <translation>Fluss %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1335"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1337"/>
        <source>, right</source>
        <translation>, richtig</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1337"/>
        <source>, wrong: the label is %1</source>
        <translation>, falsch: Das Label ist %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1345"/>
        <source>not classified yet</source>
        <translation>noch nicht klassifiziert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1365"/>
        <source>Select a classified flow.</source>
        <translation>Einen klassifizierten Fluss auswählen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1373"/>
        <source>A %1 model has no attention to check; its occlusion drops are in Field groups.</source>
        <translation>Ein %1-Modell hat keine Aufmerksamkeit, die sich prüfen ließe; seine Okklusionsverluste stehen unter Feldgruppen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1378"/>
        <source>Measuring occlusion on the engine thread…</source>
        <translation>Messe Okklusion im Engine-Thread…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1390"/>
        <source>most attended bytes first</source>
        <translation>Bytes mit der meisten Aufmerksamkeit zuerst</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1391"/>
        <source>random bytes</source>
        <translation>zufällige Bytes</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1392"/>
        <source>visible bytes removed (%)</source>
        <translation>entfernte sichtbare Bytes (%)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1393"/>
        <source>probability of %1</source>
        <translation>Wahrscheinlichkeit von %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1438"/>
        <location filename="../app/main_window.cpp" line="1446"/>
        <source>%1: no classified flow is selected</source>
        <translation>%1: Kein klassifizierter Fluss ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1449"/>
        <source>%1: unknown table format &apos;%2&apos; (use .csv or .tex)</source>
        <translation>%1: unbekanntes Tabellenformat &apos;%2&apos; (.csv oder .tex verwenden)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1453"/>
        <source>%1: a %2 model has no attention, so the flow has no Why table</source>
        <translation>%1: Ein %2-Modell hat keine Aufmerksamkeit, daher hat der Fluss keine Warum-Tabelle</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1474"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1474"/>
        <source>LaTeX booktabs (*.tex)</source>
        <translation>LaTeX booktabs (*.tex)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1478"/>
        <source>Export Why Table</source>
        <translation>Warum-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1486"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1492"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="846"/>
        <source>%1 flows classified</source>
        <translation>%1 Flüsse klassifiziert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="861"/>
        <source>Flows: %1 shown of %2</source>
        <translation>Flüsse: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="870"/>
        <source> · %1: %2 % right of %3 labelled</source>
        <translation> · %1: %2 % von %3 gelabelten Flüssen richtig</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="881"/>
        <location filename="../app/main_window.cpp" line="910"/>
        <source>Load labels: %1</source>
        <translation>Labels laden: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="905"/>
        <source>Labels: %1 of %2 flows labelled from %3</source>
        <translation>Labels: %1 von %2 Flüssen aus %3 gelabelt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="906"/>
        <source>%1 names no flow of %2</source>
        <translation>%1 nennt keinen Fluss von %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="917"/>
        <source>Any true label</source>
        <translation>Jedes wahre Label</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="932"/>
        <source>Open a capture and load at least one model first</source>
        <translation>Zuerst einen Mitschnitt öffnen und mindestens ein Modell laden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="937"/>
        <source>The comparison needs true labels: load a label file (File ▸ Load Labels…) for %1</source>
        <translation>Der Vergleich braucht wahre Labels: Eine Label-Datei (Datei ▸ Labels laden…) für %1 laden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="941"/>
        <location filename="../app/main_window.cpp" line="964"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="953"/>
        <source>Comparing %1 models on the labelled flows…</source>
        <translation>Vergleiche %1 Modelle auf den gelabelten Flüssen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="960"/>
        <source>Comparison written to %1</source>
        <translation>Vergleich nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="973"/>
        <source>Packet %1 belongs to no flow (not IP)</source>
        <translation>Paket %1 gehört zu keinem Fluss (kein IP)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1038"/>
        <source>(packet not available)</source>
        <translation>(Paket nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1179"/>
        <source>Double-click to show the packet</source>
        <translation>Doppelklick zeigt das Paket</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::AttentionCompareView</name>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="45"/>
        <source>packet 88</source>
        <translation>Paket 88</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="152"/>
        <source>%1 − %2 (red: more attention from %1, blue: from %2)</source>
        <translation>%1 − %2 (rot: mehr Aufmerksamkeit von %1, blau: von %2)</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="154"/>
        <source>The difference needs two different models with attention</source>
        <translation>Die Differenz braucht zwei verschiedene Modelle mit Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="166"/>
        <source>packet %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="189"/>
        <source>no attention: see its occlusion in Field groups</source>
        <translation>keine Aufmerksamkeit: siehe seine Okklusion unter Feldgruppen</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="207"/>
        <source>Difference of byte shares β·α</source>
        <translation>Differenz der Byte-Anteile β·α</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="207"/>
        <source>Byte share β·α (shared by all models)</source>
        <translation>Byte-Anteil β·α (gemeinsame Skala aller Modelle)</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="223"/>
        <source> (log)</source>
        <translation> (log)</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="237"/>
        <source>&lt;b&gt;Packet %1&lt;/b&gt;: packet attention β</source>
        <translation>&lt;b&gt;Paket %1&lt;/b&gt;: Paketaufmerksamkeit β</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="238"/>
        <source>&lt;b&gt;Packet %1, byte %2&lt;/b&gt; from the IP header: %3</source>
        <translation>&lt;b&gt;Paket %1, Byte %2&lt;/b&gt; ab dem IP-Header: %3</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="245"/>
        <source>no attention</source>
        <translation>keine Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="249"/>
        <source>difference: %1</source>
        <translation>Differenz: %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="264"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="370"/>
        <source>Select a classified flow</source>
        <translation>Einen klassifizierten Fluss auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="371"/>
        <source>Add a model (File ▸ Add Model…) to compare</source>
        <translation>Zum Vergleichen ein Modell hinzufügen (Datei ▸ Modell hinzufügen…)</translation>
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
    <name>whyflow::widgets::ExportFigureDialog</name>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="124"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="124"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="124"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="126"/>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="140"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="140"/>
        <source>vector: no resolution</source>
        <translation>Vektor: keine Auflösung</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="143"/>
        <source>Choose at least one view.</source>
        <translation>Mindestens eine Ansicht wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="144"/>
        <source>Choose a file.</source>
        <translation>Eine Datei wählen.</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="145"/>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FieldTree</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <location filename="../widgets/field_tree.cpp" line="40"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <location filename="../widgets/field_tree.cpp" line="41"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="75"/>
        <source> (tunnel)</source>
        <translation> (Tunnel)</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="97"/>
        <source>Not model input</source>
        <translation>Keine Modelleingabe</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="99"/>
        <source>Masked: zeroed before the model saw it</source>
        <translation>Maskiert: genullt, bevor das Modell es sah</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FlowListModel</name>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="317"/>
        <source>disagree</source>
        <translation>uneinig</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="318"/>
        <source>agree</source>
        <translation>einig</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="332"/>
        <source>%1 predicts the true label</source>
        <translation>%1 sagt das wahre Label vorher</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="333"/>
        <source>%1 predicts %2; the label is %3</source>
        <translation>%1 sagt %2 vorher; das Label ist %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="384"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="385"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="386"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="387"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="388"/>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="389"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="390"/>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="393"/>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="400"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="401"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="402"/>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="404"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::GroupChart</name>
    <message>
        <location filename="../widgets/group_chart.cpp" line="203"/>
        <source>site-dependent</source>
        <translation>standortabhängig</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="204"/>
        <source>well-known</source>
        <translation>bekannte Merkmale</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="205"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="206"/>
        <source>its predicted class</source>
        <translation>seine vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="207"/>
        <source>whole capture</source>
        <translation>gesamter Mitschnitt</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="209"/>
        <source>occlusion: zeros</source>
        <translation>Okklusion: Nullen</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="210"/>
        <source>occlusion: swaps</source>
        <translation>Okklusion: Vertauschen</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="225"/>
        <source>share of the decision / probability drop</source>
        <translation>Anteil an der Entscheidung / Rückgang der Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="250"/>
        <source>Site-dependent fields (TTL, window, sequence numbers, TCP flags, TCP options, checksums, IP ID, DSCP/ECN) hold most of the decision of %1: these models may rely on site artifacts.</source>
        <translation>Standortabhängige Felder (TTL, Fenster, Sequenznummern, TCP-Flags, TCP-Optionen, Prüfsummen, IP-ID, DSCP/ECN) tragen den Großteil der Entscheidung von %1: Diese Modelle stützen sich womöglich auf Standortartefakte.</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="253"/>
        <source>%1 on site-dependent fields (TTL, window, sequence numbers, TCP flags, TCP options, checksums, IP ID, DSCP/ECN): this model may rely on site artifacts.</source>
        <translation>%1 auf standortabhängigen Feldern (TTL, Fenster, Sequenznummern, TCP-Flags, TCP-Optionen, Prüfsummen, IP-ID, DSCP/ECN): Dieses Modell stützt sich womöglich auf Standortartefakte.</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="258"/>
        <source>&lt;b&gt;Attention and occlusion disagree:&lt;/b&gt; %1 % of the attention but %2 % of the occlusion drop is on site-dependent groups. Attention alone would mislead here.</source>
        <translation>&lt;b&gt;Aufmerksamkeit und Okklusion widersprechen sich:&lt;/b&gt; %1 % der Aufmerksamkeit, aber %2 % des Okklusionsverlusts liegen auf standortabhängigen Gruppen. Die Aufmerksamkeit allein würde hier in die Irre führen.</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="266"/>
        <source>Select a classified flow to see its share of the decision per field group.</source>
        <translation>Einen klassifizierten Fluss wählen, um seinen Anteil an der Entscheidung je Feldgruppe zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="226"/>
        <source>%1 % of this flow&apos;s attention</source>
        <translation>%1 % der Aufmerksamkeit dieses Flusses</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="227"/>
        <source>%1 % of the occlusion drop</source>
        <translation>%1 % des Okklusionsverlusts</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="255"/>
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
