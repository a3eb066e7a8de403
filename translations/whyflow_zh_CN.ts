<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportFigureDialog</name>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="6"/>
        <source>Export Figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="14"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="20"/>
        <source>&amp;Packet attention</source>
        <translation>数据包注意力(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="30"/>
        <source>&amp;Byte heatmap</source>
        <translation>字节热图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="40"/>
        <source>Field &amp;groups</source>
        <translation>字段组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="50"/>
        <source>&amp;Why table</source>
        <translation>原因表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="63"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="69"/>
        <source>Wi&amp;dth:</source>
        <translation>宽度(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="98"/>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="127"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="138"/>
        <source>centimetres (cm)</source>
        <translation>厘米（cm）</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="143"/>
        <source>inches (in)</source>
        <translation>英寸（in）</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="151"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="161"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="190"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="196"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="207"/>
        <source>PNG (bitmap)</source>
        <translation>PNG（位图）</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="212"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="217"/>
        <source>PDF (vector, fonts embedded)</source>
        <translation>PDF（矢量，嵌入字体）</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="225"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="247"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.ui" line="276"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>FieldGroup</name>
    <message>
        <location filename="../widgets/group_chart.cpp" line="34"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="35"/>
        <source>TTL / hop limit</source>
        <translation>TTL / 跳数限制</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="36"/>
        <source>TCP window</source>
        <translation>TCP 窗口</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="37"/>
        <source>Sequence / ack numbers</source>
        <translation>序列号 / 确认号</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="38"/>
        <source>TCP flags</source>
        <translation>TCP 标志</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="39"/>
        <source>TCP options</source>
        <translation>TCP 选项</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="40"/>
        <source>Checksums</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="41"/>
        <source>IP ID / fragmentation</source>
        <translation>IP ID / 分片</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="42"/>
        <source>DSCP / ECN</source>
        <translation>DSCP / ECN</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="43"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="44"/>
        <source>Sizes</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="45"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="46"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="47"/>
        <source>Header structure</source>
        <translation>报头结构</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="13"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="14"/>
        <source>Ethernet II</source>
        <translation>以太网 II</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="15"/>
        <source>802.1Q Virtual LAN</source>
        <translation>802.1Q 虚拟局域网</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="16"/>
        <source>Linux cooked capture</source>
        <translation>Linux cooked 抓包</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="17"/>
        <source>Internet Protocol Version 4</source>
        <translation>互联网协议第 4 版</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="18"/>
        <source>Internet Protocol Version 6</source>
        <translation>互联网协议第 6 版</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="19"/>
        <source>Transmission Control Protocol</source>
        <translation>传输控制协议</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="20"/>
        <source>User Datagram Protocol</source>
        <translation>用户数据报协议</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="21"/>
        <source>Internet Control Message Protocol</source>
        <translation>互联网控制消息协议</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="22"/>
        <source>Internet Control Message Protocol v6</source>
        <translation>互联网控制消息协议 v6</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="23"/>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="21"/>
        <location filename="../widgets/figure_export.cpp" line="23"/>
        <location filename="../widgets/figure_export.cpp" line="70"/>
        <location filename="../widgets/figure_export.cpp" line="524"/>
        <location filename="../widgets/figure_export.cpp" line="528"/>
        <location filename="../widgets/figure_export.cpp" line="530"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="29"/>
        <source>Model comparison on %1 (%2 labelled flows)</source>
        <translation>%1 上的模型比较（%2 条已标注的流）</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="30"/>
        <source>macro-F1</source>
        <translation>宏 F1</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="31"/>
        <source>own test %</source>
        <translation>自身测试集 %</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="31"/>
        <source>drop (pt)</source>
        <translation>下降（百分点）</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="31"/>
        <source>site % (attention)</source>
        <translation>站点 %（注意力）</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="32"/>
        <source>site % (occlusion)</source>
        <translation>站点 %（遮挡）</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="32"/>
        <source>site % (swaps)</source>
        <translation>站点 %（交换）</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="62"/>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <location filename="../app/comparison_report.cpp" line="72"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="29"/>
        <source>%1: a %2 × %3 pixel image is too large (lower the size or the DPI)</source>
        <translation>%1：%2 × %3 像素的图像过大（请减小尺寸或 DPI）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="44"/>
        <source>%1: cannot encode the PNG</source>
        <translation>%1：无法编码 PNG</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="68"/>
        <source>%1: unknown figure format &apos;%2&apos; (use png, pdf or svg)</source>
        <translation>%1：未知的图形格式 &apos;%2&apos;（请使用 png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="91"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="95"/>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="134"/>
        <source>unknown view &apos;%1&apos; (use %2)</source>
        <translation>未知的视图 &apos;%1&apos;（请使用 %2）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="139"/>
        <source>no view chosen (use %1)</source>
        <translation>未选择视图（请使用 %1）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="191"/>
        <source>Packet attention β</source>
        <translation>数据包注意力 β</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="193"/>
        <source>no packet attention (this kind of model has none)</source>
        <translation>无数据包注意力（此类模型没有）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="225"/>
        <source>Byte attention β·α</source>
        <translation>字节注意力 β·α</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="227"/>
        <source>no byte attention (this kind of model has none)</source>
        <translation>无字节注意力（此类模型没有）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="275"/>
        <source>share of the decision</source>
        <translation>决策份额</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="283"/>
        <source>Field groups</source>
        <translation>字段组</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="285"/>
        <source>no field groups</source>
        <translation>无字段组</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="297"/>
        <source>no attention and no occlusion for this flow</source>
        <translation>本流既无注意力也无遮挡结果</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="312"/>
        <source>well-known</source>
        <translation>通用特征</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="313"/>
        <source>site-dependent</source>
        <translation>站点相关</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="329"/>
        <source>attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="330"/>
        <source>occlusion drop</source>
        <translation>遮挡下降</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="370"/>
        <source>Why: the most attended packets and bytes</source>
        <translation>原因：注意力最高的数据包和字节</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="371"/>
        <source>no Why table (this kind of model has no attention)</source>
        <translation>无原因表（此类模型没有注意力）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="441"/>
        <source>1 more row left out: make the figure larger</source>
        <translation>另有 1 行未显示：请放大图形</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="442"/>
        <source>%1 more rows left out: make the figure larger</source>
        <translation>另有 %1 行未显示：请放大图形</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="516"/>
        <source>%1: no view chosen for the figure</source>
        <translation>%1：未为图形选择视图</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="518"/>
        <source>%1: the figure needs a positive width, height and resolution</source>
        <translation>%1：图形需要为正的宽度、高度和分辨率</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="74"/>
        <source>packet %1 (β = %2), bytes from the IP header</source>
        <translation>数据包 %1（β = %2），从 IP 头起的字节</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="87"/>
        <source>packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="87"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/flow_figure.cpp" line="87"/>
        <source>decoded</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="99"/>
        <source>Share of the decision per field group</source>
        <translation>各字段组的决策份额</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="141"/>
        <source>%1: occlusion</source>
        <translation>%1：遮挡</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="151"/>
        <source>%1: attention</source>
        <translation>%1：注意力</translation>
    </message>
    <message>
        <location filename="../widgets/comparison_figure.cpp" line="157"/>
        <source>site-dependent group</source>
        <translation>站点相关组</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Shows why a traffic classifier labels a flow the way it does.</source>
        <translation>显示流量分类器为何如此标记一条流。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Capture file to open (pcap or pcapng).</source>
        <translation>要打开的抓包文件（pcap 或 pcapng）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="42"/>
        <source>Model file (.wfm) to classify with; give it several times to compare models side by side.</source>
        <translation>用于分类的模型文件（.wfm）；多次指定可并排比较多个模型。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>True labels of the capture&apos;s flows (CSV in the nDPI corpus format).</source>
        <translation>抓包中各流的真实标签（nDPI 语料库格式的 CSV）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>Merges the labels&apos; protocols into categories (CSV: ndpi_master,category).</source>
        <translation>将标签中的协议合并为类别（CSV：ndpi_master,category）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>Save a picture of the window to FILE once the capture is classified, then quit (for documentation).</source>
        <translation>抓包分类完成后将窗口截图保存到 FILE 并退出（用于文档）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Flow to select at start.</source>
        <translation>启动时选中的流。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Window colours for this run: system, light or dark (View ▸ Theme saves a choice).</source>
        <translation>本次运行的窗口配色：system、light 或 dark（视图 ▸ 主题 会保存选择）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Detail tab to show at start: groups, why, models or faithfulness.</source>
        <translation>启动时显示的详情标签页：groups、why、models 或 faithfulness。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Language of the window: en, de or zh_CN.</source>
        <translation>窗口语言：en、de 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>whyflow::app::EngineWorker</name>
    <message>
        <location filename="../app/engine_worker.cpp" line="50"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="60"/>
        <source>Open capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="69"/>
        <source>Load model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="79"/>
        <location filename="../app/main_window.cpp" line="234"/>
        <source>Classifying with %1</source>
        <translation>正在用 %1 分类</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="89"/>
        <location filename="../app/main_window.cpp" line="569"/>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="115"/>
        <location filename="../app/main_window.cpp" line="569"/>
        <source>Occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="122"/>
        <source>Comparing %1 models</source>
        <translation>正在比较 %1 个模型</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="165"/>
        <source>Compare models</source>
        <translation>比较模型</translation>
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
        <translation>字节份额 β·α</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="263"/>
        <source>Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)</source>
        <translation>过滤：地址、端口或协议（例如 :443、192.0.2.10、UDP）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Bytes (hex)</source>
        <translation>字节（十六进制）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="166"/>
        <source>Decoded</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="180"/>
        <source>Explained model: attention and occlusion</source>
        <translation>被解释的模型：注意力与遮挡</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="181"/>
        <source>Every model: occlusion by zeros</source>
        <translation>所有模型：以零遮挡</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="182"/>
        <source>Every model: occlusion by swaps</source>
        <translation>所有模型：以交换遮挡</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="183"/>
        <source>Every model: attention</source>
        <translation>所有模型：注意力</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="212"/>
        <source>Field groups</source>
        <translation>字段组</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="213"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="214"/>
        <source>Models side by side</source>
        <translation>模型并排对比</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="215"/>
        <source>Faithfulness</source>
        <translation>忠实度</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="228"/>
        <source>Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)</source>
        <translation>请打开抓包（文件 ▸ 打开抓包…）和模型（文件 ▸ 加载模型…）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="229"/>
        <location filename="../app/main_window.cpp" line="740"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="236"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="266"/>
        <source>The explained model: its predictions drive the class, confidence and misclassified filters, the packet attention, the bytes and the Why panel</source>
        <translation>被解释的模型：其预测决定类别、置信度和误分类过滤器，以及数据包注意力、字节视图和原因面板</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="269"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="271"/>
        <source>True label (File ▸ Load Labels…)</source>
        <translation>真实标签（文件 ▸ 加载标签…）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="284"/>
        <source>confidence ≥ </source>
        <translation>置信度 ≥ </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="285"/>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="286"/>
        <source>Misclassified</source>
        <translation>误分类</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="287"/>
        <source>Only labelled flows that the explained model gets wrong</source>
        <translation>仅显示被解释的模型分类错误的已标注流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="288"/>
        <source>Models disagree</source>
        <translation>模型不一致</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="289"/>
        <source>Only flows on which two loaded models predict different classes</source>
        <translation>仅显示两个已加载模型预测类别不同的流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="403"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="404"/>
        <source>&amp;Open Capture…</source>
        <translation>打开抓包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="405"/>
        <source>Open Capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="406"/>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.dmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="409"/>
        <source>Load &amp;Model…</source>
        <translation>加载模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="410"/>
        <source>Load Model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="410"/>
        <location filename="../app/main_window.cpp" line="414"/>
        <source>whyflow models (*.wfm);;All files (*)</source>
        <translation>whyflow 模型 (*.wfm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="413"/>
        <source>&amp;Add Model…</source>
        <translation>添加模型(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="414"/>
        <source>Add Model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="417"/>
        <source>Remo&amp;ve Model</source>
        <translation>移除模型(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="418"/>
        <source>Load &amp;Labels…</source>
        <translation>加载标签(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="419"/>
        <location filename="../app/main_window.cpp" line="423"/>
        <location filename="../app/main_window.cpp" line="428"/>
        <source>Load Labels</source>
        <translation>加载标签</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="420"/>
        <source>Label files (*.csv);;All files (*)</source>
        <translation>标签文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="423"/>
        <source>Merge the protocols into categories with a category map?</source>
        <translation>是否用类别映射将协议合并为类别？</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="425"/>
        <source>Category Map</source>
        <translation>类别映射</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="426"/>
        <source>Category maps (*.csv);;All files (*)</source>
        <translation>类别映射 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="430"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="433"/>
        <source>&amp;Export Figure…</source>
        <translation>导出图形(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="434"/>
        <source>Export &amp;Why Table…</source>
        <translation>导出原因表(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="439"/>
        <source>Export &amp;Comparison…</source>
        <translation>导出比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="440"/>
        <source>Export Comparison into Folder</source>
        <translation>将比较导出到文件夹</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="444"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="446"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="447"/>
        <source>&amp;Colormap</source>
        <translation>色图(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="457"/>
        <source>Zoom &amp;In (bytes)</source>
        <translation>放大字节(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="458"/>
        <source>Zoom &amp;Out (bytes)</source>
        <translation>缩小字节(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="460"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="461"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="466"/>
        <source>The language changes when whyflow starts again.</source>
        <translation>语言将在 whyflow 下次启动时切换。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="469"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="482"/>
        <source>&amp;Logarithmic Scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="486"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="487"/>
        <source>Go to &amp;Flow…</source>
        <translation>跳转到流(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="490"/>
        <source>Go to Flow</source>
        <translation>跳转到流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="490"/>
        <source>Flow number:</source>
        <translation>流编号：</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="492"/>
        <source>Flow %1 is not in the list (filtered out?)</source>
        <translation>流 %1 不在列表中（已被过滤？）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="494"/>
        <source>Go to &amp;Packet…</source>
        <translation>跳转到数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="497"/>
        <source>Go to Packet</source>
        <translation>跳转到数据包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="497"/>
        <source>Packet number:</source>
        <translation>数据包编号：</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="501"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="502"/>
        <source>&amp;Classify Again</source>
        <translation>重新分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="504"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="505"/>
        <source>&amp;About whyflow</source>
        <translation>关于 whyflow(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="506"/>
        <source>About whyflow</source>
        <translation>关于 whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="507"/>
        <source>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Shows why a deep-learning traffic classifier labels a flow the way it does.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;显示深度学习流量分类器为何如此标记一条流。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="546"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="552"/>
        <location filename="../app/main_window.cpp" line="558"/>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="621"/>
        <source>damaged capture: partly read</source>
        <translation>抓包文件已损坏：仅部分读取</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="648"/>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="648"/>
        <source>%1 is already loaded</source>
        <translation>%1 已加载</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1405"/>
        <source>%1, flow %2: Spearman ρ between attention shares and occlusion drops over the field groups = &lt;b&gt;%3&lt;/b&gt; (1: attention ranks the groups as occlusion does).</source>
        <translation>%1，流 %2：各字段组上注意力份额与遮挡下降之间的 Spearman ρ = &lt;b&gt;%3&lt;/b&gt;（1：注意力对各组的排序与遮挡一致）。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1410"/>
        <source>Removing bytes in order of attention lowers the probability of %1 by %2 more on average than removing them at random.</source>
        <translation>按注意力顺序删除字节，%1 的概率平均比随机删除多下降 %2。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1414"/>
        <source>Removing bytes in order of attention lowers the probability of %1 no faster than removing them at random (%2 less on average): the attention does not point at what the decision needs.</source>
        <translation>按注意力顺序删除字节，%1 的概率下降并不比随机删除更快（平均少下降 %2）：注意力没有指向决策真正需要的内容。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="612"/>
        <source>whyflow — %1</source>
        <translation>whyflow — %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="613"/>
        <source>%1: %2 packets, %3 flows</source>
        <translation>%1：%2 个数据包，%3 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="615"/>
        <source> (reading cancelled: partial)</source>
        <translation>（读取已取消：不完整）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="721"/>
        <source>Any predicted class</source>
        <translation>任意预测类别</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="731"/>
        <source>Model: %1 %2 (%3 classes, %4×%5, %6)</source>
        <translation>模型：%1 %2（%3 个类别，%4×%5，%6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="737"/>
        <source> + %n more</source>
        <translation>
            <numerusform> + 另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="841"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="843"/>
        <source>Classification cancelled (%1 of %2 flows classified)</source>
        <translation>分类已取消（已分类 %1 / %2 条流）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="844"/>
        <source>Classifying… %1 of %2 flows</source>
        <translation>正在分类… %1 / %2 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="845"/>
        <source>%1 flows classified by %2 models</source>
        <translation>%2 个模型已分类 %1 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1159"/>
        <source>A %1 model has no attention, so this flow has no Why table; its occlusion drops are in Field groups.</source>
        <translation>%1 模型没有注意力，因此该流没有“原因”表；其遮挡下降见“字段组”。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1175"/>
        <source>%1 (No. %2)</source>
        <translation>%1（第 %2 号）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1250"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1253"/>
        <source>attention share</source>
        <translation>注意力份额</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1254"/>
        <source>probability drop, group zeroed (C4.5, k-NN: training means)</source>
        <translation>概率下降，组置零（C4.5、k-NN：训练均值）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1255"/>
        <source>probability drop, group swapped with other flows&apos;</source>
        <translation>概率下降，组与其他流的对应组交换</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1257"/>
        <source>Flow %1: no model has this view yet</source>
        <translation>流 %1：尚无模型具有此视图</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1260"/>
        <source>Flow %1, every model</source>
        <translation>流 %1，所有模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1301"/>
        <source>Spearman ρ between this flow&apos;s attention shares and occlusion drops over the groups: %1</source>
        <translation>本流各组的注意力份额与遮挡下降之间的 Spearman ρ：%1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1303"/>
        <source>A %1 model has no attention: the bars are its occlusion drops.</source>
        <translation>%1 模型没有注意力：柱形表示其遮挡下降。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1304"/>
        <source>Flow %1: %2 (%3) — %4</source>
        <translation>流 %1：%2（%3）— %4</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1326"/>
        <source>Flow %1: %2 → %3</source>
        <translation>流 %1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1335"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1337"/>
        <source>, right</source>
        <translation>，正确</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1337"/>
        <source>, wrong: the label is %1</source>
        <translation>，错误：标签为 %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1345"/>
        <source>not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1365"/>
        <source>Select a classified flow.</source>
        <translation>请选择一条已分类的流。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1373"/>
        <source>A %1 model has no attention to check; its occlusion drops are in Field groups.</source>
        <translation>%1 模型没有可检验的注意力；其遮挡下降见“字段组”。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1378"/>
        <source>Measuring occlusion on the engine thread…</source>
        <translation>正在引擎线程上测量遮挡…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1390"/>
        <source>most attended bytes first</source>
        <translation>注意力最高的字节优先</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1391"/>
        <source>random bytes</source>
        <translation>随机字节</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1392"/>
        <source>visible bytes removed (%)</source>
        <translation>已删除的可见字节（%）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1393"/>
        <source>probability of %1</source>
        <translation>%1 的概率</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1438"/>
        <location filename="../app/main_window.cpp" line="1446"/>
        <source>%1: no classified flow is selected</source>
        <translation>%1：未选中已分类的流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1449"/>
        <source>%1: unknown table format &apos;%2&apos; (use .csv or .tex)</source>
        <translation>%1：未知的表格格式 &apos;%2&apos;（请使用 .csv 或 .tex）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1453"/>
        <source>%1: a %2 model has no attention, so the flow has no Why table</source>
        <translation>%1：%2 模型没有注意力，因此该流没有原因表</translation>
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
        <translation>导出原因表</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1486"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1492"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="846"/>
        <source>%1 flows classified</source>
        <translation>已分类 %1 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="861"/>
        <source>Flows: %1 shown of %2</source>
        <translation>流：显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="870"/>
        <source> · %1: %2 % right of %3 labelled</source>
        <translation> · %1：%3 条已标注流中 %2 % 正确</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="881"/>
        <location filename="../app/main_window.cpp" line="910"/>
        <source>Load labels: %1</source>
        <translation>加载标签：%1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="905"/>
        <source>Labels: %1 of %2 flows labelled from %3</source>
        <translation>标签：%2 条流中有 %1 条由 %3 标注</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="906"/>
        <source>%1 names no flow of %2</source>
        <translation>%1 中没有 %2 的任何流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="917"/>
        <source>Any true label</source>
        <translation>任意真实标签</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="932"/>
        <source>Open a capture and load at least one model first</source>
        <translation>请先打开抓包并加载至少一个模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="937"/>
        <source>The comparison needs true labels: load a label file (File ▸ Load Labels…) for %1</source>
        <translation>比较需要真实标签：请为 %1 加载标签文件（文件 ▸ 加载标签…）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="941"/>
        <location filename="../app/main_window.cpp" line="964"/>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="953"/>
        <source>Comparing %1 models on the labelled flows…</source>
        <translation>正在基于已标注的流比较 %1 个模型…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="960"/>
        <source>Comparison written to %1</source>
        <translation>比较已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="973"/>
        <source>Packet %1 belongs to no flow (not IP)</source>
        <translation>数据包 %1 不属于任何流（非 IP）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1038"/>
        <source>(packet not available)</source>
        <translation>（数据包不可用）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1179"/>
        <source>Double-click to show the packet</source>
        <translation>双击显示该数据包</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::AttentionCompareView</name>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="45"/>
        <source>packet 88</source>
        <translation>数据包 88</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="152"/>
        <source>%1 − %2 (red: more attention from %1, blue: from %2)</source>
        <translation>%1 − %2（红色：%1 的注意力更多，蓝色：%2 的更多）</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="154"/>
        <source>The difference needs two different models with attention</source>
        <translation>差值需要两个不同的、具有注意力的模型</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="166"/>
        <source>packet %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="189"/>
        <source>no attention: see its occlusion in Field groups</source>
        <translation>无注意力：请在“字段组”中查看其遮挡</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="207"/>
        <source>Difference of byte shares β·α</source>
        <translation>字节份额差值 β·α</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="207"/>
        <source>Byte share β·α (shared by all models)</source>
        <translation>字节份额 β·α（所有模型共用色标）</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="223"/>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="237"/>
        <source>&lt;b&gt;Packet %1&lt;/b&gt;: packet attention β</source>
        <translation>&lt;b&gt;数据包 %1&lt;/b&gt;：数据包注意力 β</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="238"/>
        <source>&lt;b&gt;Packet %1, byte %2&lt;/b&gt; from the IP header: %3</source>
        <translation>&lt;b&gt;数据包 %1，字节 %2&lt;/b&gt;（从 IP 头起算）：%3</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="245"/>
        <source>no attention</source>
        <translation>无注意力</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="249"/>
        <source>difference: %1</source>
        <translation>差值：%1</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="264"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="370"/>
        <source>Select a classified flow</source>
        <translation>请选择一条已分类的流</translation>
    </message>
    <message>
        <location filename="../widgets/attention_compare_view.cpp" line="371"/>
        <source>Add a model (File ▸ Add Model…) to compare</source>
        <translation>请添加模型（文件 ▸ 添加模型…）以进行比较</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::ByteView</name>
    <message>
        <location filename="../widgets/byte_view.cpp" line="193"/>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="194"/>
        <source>Group: %1</source>
        <translation>组：%1</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="195"/>
        <source>Byte %1 of the frame</source>
        <translation>帧的第 %1 字节</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="197"/>
        <source>Not model input</source>
        <translation>非模型输入</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="198"/>
        <source>Masked: zeroed before the model saw it</source>
        <translation>已屏蔽：在模型看到之前置零</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="199"/>
        <source>Attention share: %1</source>
        <translation>注意力份额：%1</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="216"/>
        <source>Copy as Hex</source>
        <translation>复制为十六进制</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="217"/>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="219"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../widgets/byte_view.cpp" line="220"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::ColorLegend</name>
    <message>
        <location filename="../widgets/color_legend.cpp" line="8"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/color_legend.cpp" line="58"/>
        <source> (log)</source>
        <translation>（对数）</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::ExportFigureDialog</name>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="124"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="124"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="124"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="126"/>
        <source>Export Figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="140"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="140"/>
        <source>vector: no resolution</source>
        <translation>矢量：无分辨率</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="143"/>
        <source>Choose at least one view.</source>
        <translation>请至少选择一个视图。</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="144"/>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <location filename="../widgets/export_figure_dialog.cpp" line="145"/>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>文件名必须以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FieldTree</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <location filename="../widgets/field_tree.cpp" line="40"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="31"/>
        <location filename="../widgets/field_tree.cpp" line="41"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="75"/>
        <source> (tunnel)</source>
        <translation>（隧道）</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="97"/>
        <source>Not model input</source>
        <translation>非模型输入</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="99"/>
        <source>Masked: zeroed before the model saw it</source>
        <translation>已屏蔽：在模型看到之前置零</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FlowListModel</name>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="317"/>
        <source>disagree</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="318"/>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="332"/>
        <source>%1 predicts the true label</source>
        <translation>%1 预测出了真实标签</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="333"/>
        <source>%1 predicts %2; the label is %3</source>
        <translation>%1 预测为 %2；标签为 %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="384"/>
        <source>Flow</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="385"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="386"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="387"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="388"/>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="389"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="390"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="393"/>
        <source>True label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="400"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="401"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="402"/>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="404"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::GroupChart</name>
    <message>
        <location filename="../widgets/group_chart.cpp" line="203"/>
        <source>site-dependent</source>
        <translation>站点相关</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="204"/>
        <source>well-known</source>
        <translation>通用特征</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="205"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="206"/>
        <source>its predicted class</source>
        <translation>其预测类别</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="207"/>
        <source>whole capture</source>
        <translation>整个抓包</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="209"/>
        <source>occlusion: zeros</source>
        <translation>遮挡：置零</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="210"/>
        <source>occlusion: swaps</source>
        <translation>遮挡：交换</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="225"/>
        <source>share of the decision / probability drop</source>
        <translation>决策份额 / 概率下降</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="250"/>
        <source>Site-dependent fields (TTL, window, sequence numbers, TCP flags, TCP options, checksums, IP ID, DSCP/ECN) hold most of the decision of %1: these models may rely on site artifacts.</source>
        <translation>站点相关字段（TTL、窗口、序列号、TCP 标志、TCP 选项、校验和、IP ID、DSCP/ECN）占 %1 的大部分决策：这些模型可能依赖站点伪特征。</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="253"/>
        <source>%1 on site-dependent fields (TTL, window, sequence numbers, TCP flags, TCP options, checksums, IP ID, DSCP/ECN): this model may rely on site artifacts.</source>
        <translation>%1 落在站点相关字段上（TTL、窗口、序列号、TCP 标志、TCP 选项、校验和、IP ID、DSCP/ECN）：该模型可能依赖站点伪特征。</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="258"/>
        <source>&lt;b&gt;Attention and occlusion disagree:&lt;/b&gt; %1 % of the attention but %2 % of the occlusion drop is on site-dependent groups. Attention alone would mislead here.</source>
        <translation>&lt;b&gt;注意力与遮挡结果不一致：&lt;/b&gt;%1 % 的注意力、但 %2 % 的遮挡下降落在站点相关组上。此处仅凭注意力会产生误导。</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="266"/>
        <source>Select a classified flow to see its share of the decision per field group.</source>
        <translation>请选择一个已分类的流，查看其各字段组的决策份额。</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="226"/>
        <source>%1 % of this flow&apos;s attention</source>
        <translation>本流 %1 % 的注意力</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="227"/>
        <source>%1 % of the occlusion drop</source>
        <translation>%1 % 的遮挡下降</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="255"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::PacketListModel</name>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="46"/>
        <source>Not seen by the model (beyond its first packets)</source>
        <translation>模型未看到（超出其前几个数据包）</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="47"/>
        <source>Client to server</source>
        <translation>客户端到服务器</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="47"/>
        <source>Server to client</source>
        <translation>服务器到客户端</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="59"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="60"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="61"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="62"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="63"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/models/packet_list_model.cpp" line="64"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
</context>
</TS>
