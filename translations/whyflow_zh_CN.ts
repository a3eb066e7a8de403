<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="11"/>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="12"/>
        <source>Ethernet II</source>
        <translation>以太网 II</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="13"/>
        <source>802.1Q Virtual LAN</source>
        <translation>802.1Q 虚拟局域网</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="14"/>
        <source>Linux cooked capture</source>
        <translation>Linux cooked 抓包</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="15"/>
        <source>Internet Protocol Version 4</source>
        <translation>互联网协议第 4 版</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="16"/>
        <source>Internet Protocol Version 6</source>
        <translation>互联网协议第 6 版</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="17"/>
        <source>Transmission Control Protocol</source>
        <translation>传输控制协议</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="18"/>
        <source>User Datagram Protocol</source>
        <translation>用户数据报协议</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="19"/>
        <source>Internet Control Message Protocol</source>
        <translation>互联网控制消息协议</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="20"/>
        <source>Internet Control Message Protocol v6</source>
        <translation>互联网控制消息协议 v6</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="21"/>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="20"/>
        <location filename="../widgets/figure_export.cpp" line="62"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="36"/>
        <source>%1: cannot encode the PNG</source>
        <translation>%1：无法编码 PNG</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="60"/>
        <source>%1: unknown figure format &apos;%2&apos; (use png, pdf or svg)</source>
        <translation>%1：未知的图形格式 &apos;%2&apos;（请使用 png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="83"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="87"/>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="136"/>
        <source>packets β</source>
        <translation>数据包 β</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="16"/>
        <source>Shows why a traffic classifier labels a flow the way it does.</source>
        <translation>显示流量分类器为何如此标记一条流。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="19"/>
        <source>Capture file to open (pcap or pcapng).</source>
        <translation>要打开的抓包文件（pcap 或 pcapng）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="21"/>
        <source>Model file (.wfm) to classify with.</source>
        <translation>用于分类的模型文件（.wfm）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="25"/>
        <source>Save a picture of the window to FILE once the capture is classified, then quit (for documentation).</source>
        <translation>抓包分类完成后将窗口截图保存到 FILE 并退出（用于文档）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Flow to select at start.</source>
        <translation>启动时选中的流。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>Language of the window: en, de or zh_CN.</source>
        <translation>窗口语言：en、de 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>whyflow::app::EngineWorker</name>
    <message>
        <location filename="../app/engine_worker.cpp" line="23"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="32"/>
        <source>Open capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="41"/>
        <source>Load model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="48"/>
        <source>Classifying with %1</source>
        <translation>正在用 %1 分类</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="57"/>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../app/engine_worker.cpp" line="85"/>
        <source>Occlusion</source>
        <translation>遮挡</translation>
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
        <translation>字节份额 β·α</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="126"/>
        <source>Filter: address, port or protocol (e.g. :443, 192.0.2.10, UDP)</source>
        <translation>过滤：地址、端口或协议（例如 :443、192.0.2.10、UDP）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="129"/>
        <location filename="../app/main_window.cpp" line="453"/>
        <source>Any class</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="134"/>
        <source>confidence ≤ </source>
        <translation>置信度 ≤ </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Bytes (hex)</source>
        <translation>字节（十六进制）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="159"/>
        <source>Decoded</source>
        <translation>解码</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="170"/>
        <source>Field groups</source>
        <translation>字段组</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="171"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="185"/>
        <source>Open a capture (File ▸ Open Capture…) and a model (File ▸ Load Model…)</source>
        <translation>请打开抓包（文件 ▸ 打开抓包…）和模型（文件 ▸ 加载模型…）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="186"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="191"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="276"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="277"/>
        <source>&amp;Open Capture…</source>
        <translation>打开抓包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="278"/>
        <source>Open Capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="279"/>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.dmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="282"/>
        <source>Load &amp;Model…</source>
        <translation>加载模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="283"/>
        <source>Load Model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="283"/>
        <source>whyflow models (*.wfm);;All files (*)</source>
        <translation>whyflow 模型 (*.wfm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="286"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="289"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="291"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="292"/>
        <source>&amp;Colormap</source>
        <translation>色图(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="302"/>
        <source>Zoom &amp;In (bytes)</source>
        <translation>放大字节(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="303"/>
        <source>Zoom &amp;Out (bytes)</source>
        <translation>缩小字节(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="305"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="306"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="311"/>
        <source>The language changes when whyflow starts again.</source>
        <translation>语言将在 whyflow 下次启动时切换。</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="314"/>
        <source>&amp;Logarithmic Scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="318"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="319"/>
        <source>Go to &amp;Flow…</source>
        <translation>跳转到流(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="322"/>
        <source>Go to Flow</source>
        <translation>跳转到流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="322"/>
        <source>Flow number:</source>
        <translation>流编号：</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="324"/>
        <source>Flow %1 is not in the list (filtered out?)</source>
        <translation>流 %1 不在列表中（已被过滤？）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="326"/>
        <source>Go to &amp;Packet…</source>
        <translation>跳转到数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="329"/>
        <source>Go to Packet</source>
        <translation>跳转到数据包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="329"/>
        <source>Packet number:</source>
        <translation>数据包编号：</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="333"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="334"/>
        <source>&amp;Classify Again</source>
        <translation>重新分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="336"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="337"/>
        <source>&amp;About whyflow</source>
        <translation>关于 whyflow(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="338"/>
        <source>About whyflow</source>
        <translation>关于 whyflow</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="339"/>
        <source>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;Shows why a deep-learning traffic classifier labels a flow the way it does.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;whyflow %1&lt;/h3&gt;&lt;p&gt;显示深度学习流量分类器为何如此标记一条流。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libtorch %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="370"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="377"/>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="431"/>
        <source>whyflow — %1</source>
        <translation>whyflow — %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="432"/>
        <source>%1: %2 packets, %3 flows</source>
        <translation>%1：%2 个数据包，%3 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="434"/>
        <source> (reading cancelled: partial)</source>
        <translation>（读取已取消：不完整）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="456"/>
        <source>Model: %1 %2 (%3 classes, %4×%5, %6)</source>
        <translation>模型：%1 %2（%3 个类别，%4×%5，%6）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="507"/>
        <source>Classification cancelled: %1 of %2 flows classified</source>
        <translation>分类已取消：已分类 %1 / %2 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="509"/>
        <source>%1 flows classified</source>
        <translation>已分类 %1 条流</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="518"/>
        <source>Flows: %1 shown of %2</source>
        <translation>流：显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="525"/>
        <source>Packet %1 belongs to no flow (not IP)</source>
        <translation>数据包 %1 不属于任何流（非 IP）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="588"/>
        <source>(packet not available)</source>
        <translation>（数据包不可用）</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="694"/>
        <source>Double-click to show the packet</source>
        <translation>双击显示该数据包</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="735"/>
        <source>Flow %1: %2 (%3)</source>
        <translation>流 %1：%2（%3）</translation>
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
    <name>whyflow::widgets::FieldTree</name>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="29"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="70"/>
        <source> (tunnel)</source>
        <translation>（隧道）</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="92"/>
        <source>Not model input</source>
        <translation>非模型输入</translation>
    </message>
    <message>
        <location filename="../widgets/field_tree.cpp" line="94"/>
        <source>Masked: zeroed before the model saw it</source>
        <translation>已屏蔽：在模型看到之前置零</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::FlowListModel</name>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="79"/>
        <source>Flow</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="80"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="81"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="82"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="83"/>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="84"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="85"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="86"/>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../widgets/models/flow_list_model.cpp" line="87"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>whyflow::widgets::GroupChart</name>
    <message>
        <location filename="../widgets/group_chart.cpp" line="76"/>
        <source>site-dependent</source>
        <translation>站点相关</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="77"/>
        <source>well-known</source>
        <translation>通用特征</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="78"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="79"/>
        <source>whole capture</source>
        <translation>整个抓包</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="82"/>
        <source>occlusion (this flow)</source>
        <translation>遮挡（本流）</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="100"/>
        <source>share of the decision</source>
        <translation>决策份额</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="130"/>
        <source>%1 % of this flow&apos;s attention</source>
        <translation>本流 %1 % 的注意力</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="131"/>
        <source>%1 % of the occlusion drop</source>
        <translation>%1 % 的遮挡下降</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="134"/>
        <source>%1 on site-dependent fields (TTL, window, sequence numbers, checksums, TCP options, IP ID): this model may rely on site artifacts.</source>
        <translation>%1 落在站点相关字段上（TTL、窗口、序列号、校验和、TCP 选项、IP ID）：该模型可能依赖站点伪特征。</translation>
    </message>
    <message>
        <location filename="../widgets/group_chart.cpp" line="136"/>
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
