// Capture reading, decoding and flows: counts against tshark on real captures, the
// byte -> field map, and bad input.
#include <QTemporaryDir>
#include <QtTest>

#include "test_support.h"
#include "whyflow/capture.h"
#include "whyflow/dataset.h"
#include "whyflow/decode.h"
#include "whyflow/flow.h"

using namespace whyflow;

namespace {

void writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// A classic pcap file header (little-endian, microseconds) with the given link type.
QByteArray pcapHeader(uint32_t linkType) {
    QByteArray h;
    auto w32 = [&h](uint32_t v) { h.append(reinterpret_cast<const char*>(&v), 4); };
    auto w16 = [&h](uint16_t v) { h.append(reinterpret_cast<const char*>(&v), 2); };
    w32(0xa1b2c3d4);
    w16(2);
    w16(4);
    w32(0);
    w32(0);
    w32(65535);
    w32(linkType);
    return h;
}

QByteArray pcapRecord(const QByteArray& frame, uint32_t seconds = 1700000000) {
    QByteArray r;
    auto w32 = [&r](uint32_t v) { r.append(reinterpret_cast<const char*>(&v), 4); };
    w32(seconds);
    w32(0);
    w32(static_cast<uint32_t>(frame.size()));
    w32(static_cast<uint32_t>(frame.size()));
    return r + frame;
}

// Ethernet + IPv4 + TCP SYN with MSS, SACK-permitted, timestamps, NOP and window scale.
QByteArray synFrame() {
    return QByteArray::fromHex(
        "020000000002" "020000000001" "0800"                       // Ethernet
        "4500003c1c4640004006b1e6c0000201c6336401"                 // IPv4, TTL 64
        "d43100506e1c0c5b00000000a002faf0fe300000"                 // TCP 54321 -> 80, SYN
        "020405b40402080a0001e2400000000001030307");               // options
}

void checkCoverage(const decode::DecodedPacket& pkt, uint32_t caplen) {
    uint32_t next = 0;
    for (const FieldSpan& s : pkt.spans) {
        QCOMPARE(s.offset, next);
        QVERIFY(s.length > 0);
        next = s.offset + s.length;
    }
    QCOMPARE(next, caplen);
}

}  // namespace

class TestDecode : public QObject {
    Q_OBJECT
private slots:
    void countsMatchTshark_data();
    void countsMatchTshark();
    void synFieldsSitWhereWiresharkPutsThem();
    void everyByteHasAField();
    void brokenHeadersAreMarkedMalformed();
    void notACaptureIsRefusedWithItsName();
    void truncatedCaptureKeepsPacketsBeforeTheDamage();
    void unknownLinkTypeIsRefused();
    void clientIsTheFirstSender();
    void finThenSynStartsANewFlow();
    void idleTimeoutSplitsFlows();
    void tunnelsKeyFlowsByTheInnermostPacket_data();
    void tunnelsKeyFlowsByTheInnermostPacket();
    void fragmentsJoinTheirFlow();
    void brokenGtpExtensionLeavesNoHole();
    void linkStubsAreFollowed();
};

// The confounded lab split is a tree of symbolic links; copied without link support they
// become small text files holding the relative target. Those are followed like links.
void TestDecode::linkStubsAreFollowed() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("train")));
    QVERIFY(QFile::copy(test::demoCapture(), dir.filePath(QStringLiteral("demo.pcap"))));
    writeFile(dir.filePath(QStringLiteral("train/web.pcap")), "../demo.pcap");
    const auto cap = flow::ingest(dir.filePath(QStringLiteral("train/web.pcap")).toStdString());
    QCOMPARE(cap.flows.size(), size_t{360});
    writeFile(dir.filePath(QStringLiteral("train/gone.pcap")), "../nowhere.pcap\n");
    QVERIFY_THROWS_EXCEPTION(capture::CaptureError, flow::ingest(dir.filePath(QStringLiteral("train/gone.pcap")).toStdString()));
}

void TestDecode::countsMatchTshark_data() {
    QTest::addColumn<QString>("file");
    // Ethernet with many TCP and UDP flows, pcapng, Linux cooked (KakaoTalk), Cisco HDLC
    // (BGP_redist), PPP (dlt_ppp), HDLC framing in a PPP capture (BGP_Cisco_hdlc_slarp), PPI
    // (someip_sd_sample), null/loopback (nats), raw IP (bjnp), IP fragments (dns_fragmented)
    for (const char* f : {"1kxun.pcap", "EAQ.pcap", "KakaoTalk_chat.pcap", "WebattackRCE.pcap", "ajp.pcap",
                          "alexa-app.pcapng", "ah.pcapng", "BGP_redist.pcap", "dlt_ppp.pcap", "BGP_Cisco_hdlc_slarp.pcap",
                          "someip_sd_sample.pcap", "nats.pcap", "bjnp.pcap", "dns_fragmented.pcap"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestDecode::countsMatchTshark() {
    WHYFLOW_REQUIRE_CORPUS();
    WHYFLOW_REQUIRE_TOOL("tshark");
    QFETCH(QString, file);
    const QString path = test::ndpiCapture(file);
    const QByteArray frames = test::run(QStringLiteral("tshark"), {QStringLiteral("-r"), path, QStringLiteral("-T"),
                                                                   QStringLiteral("fields"), QStringLiteral("-e"),
                                                                   QStringLiteral("frame.number")});
    const int tsharkPackets = frames.count('\n');
    const QByteArray conv = test::run(QStringLiteral("tshark"), {QStringLiteral("-r"), path, QStringLiteral("-q"), QStringLiteral("-z"),
                                                                 QStringLiteral("conv,tcp"), QStringLiteral("-z"), QStringLiteral("conv,udp")});
    const int tsharkFlows = conv.count("<->");
    QVERIFY(tsharkPackets > 0);
    // tshark's conversations know neither idle timeouts nor TCP port reuse: switch both off
    flow::IngestOptions opt;
    opt.idleTimeout = 1e12;
    flow::CaptureData cap = flow::ingest(path.toStdString(), opt);
    QCOMPARE(static_cast<int>(cap.packets.size()), tsharkPackets);
    int ours = 0;
    for (const auto& f : cap.flows) ours += (f.l4 == 6 || f.l4 == 17);
    QCOMPARE(ours, tsharkFlows);
}

void TestDecode::synFieldsSitWhereWiresharkPutsThem() {
    const QByteArray frame = synFrame();
    decode::Decoder dec(1);
    decode::DecodedPacket pkt;
    dec.decode(reinterpret_cast<const uint8_t*>(frame.constData()), frame.size(), pkt);
    QVERIFY2(pkt.problem.empty(), pkt.problem.c_str());
    checkCoverage(pkt, frame.size());
    // offsets as tshark -T pdml gives them for this frame
    const std::pair<int, FieldId> expected[] = {
        {0, FieldId::EthDst}, {6, FieldId::EthSrc}, {12, FieldId::EthType}, {14, FieldId::IpVersion},
        {15, FieldId::IpDsfield}, {16, FieldId::IpLen}, {18, FieldId::IpId}, {20, FieldId::IpFlags},
        {22, FieldId::IpTtl}, {23, FieldId::IpProto}, {24, FieldId::IpChecksum}, {26, FieldId::IpSrc},
        {30, FieldId::IpDst}, {34, FieldId::TcpSrcPort}, {36, FieldId::TcpDstPort}, {38, FieldId::TcpSeq},
        {42, FieldId::TcpAck}, {46, FieldId::TcpHdrLen}, {47, FieldId::TcpFlags}, {48, FieldId::TcpWindow},
        {50, FieldId::TcpChecksum}, {52, FieldId::TcpUrgentPointer}, {54, FieldId::TcpOptMss},
        {58, FieldId::TcpOptSackPerm}, {60, FieldId::TcpOptTimestamp}, {70, FieldId::TcpOptNop},
        {71, FieldId::TcpOptWscale}};
    for (const auto& [offset, field] : expected)
        QVERIFY2(pkt.fieldAt(offset) == field,
                 qPrintable(QStringLiteral("byte %1 is %2").arg(offset).arg(QString::fromLatin1(fieldInfo(pkt.fieldAt(offset)).name.data()))));
    QCOMPARE(pkt.srcPort, uint16_t{54321});
    QCOMPARE(pkt.dstPort, uint16_t{80});
    QCOMPARE(pkt.ttl, uint8_t{64});
    QCOMPARE(pkt.tcpFlags, uint8_t{decode::kSyn});
    QCOMPARE(decode::infoText(pkt, reinterpret_cast<const uint8_t*>(frame.constData()), frame.size()),
             std::string("54321 → 80 [SYN] Seq=1847331931 Win=64240 Len=0"));
}

void TestDecode::everyByteHasAField() {
    capture::Reader reader(test::demoCapture().toStdString());
    decode::Decoder dec(reader.linkType());
    decode::DecodedPacket pkt;
    capture::RawPacket raw;
    int n = 0;
    while (reader.next(raw)) {
        dec.decode(raw.data, raw.caplen, pkt);
        QVERIFY(pkt.problem.empty());
        checkCoverage(pkt, raw.caplen);
        ++n;
    }
    QVERIFY(n > 1000);
}

void TestDecode::brokenHeadersAreMarkedMalformed() {
    decode::Decoder dec(1);
    decode::DecodedPacket pkt;
    // IHL of 3 (12 bytes): impossible
    QByteArray bad = synFrame();
    bad[14] = 0x43;
    dec.decode(reinterpret_cast<const uint8_t*>(bad.constData()), bad.size(), pkt);
    QVERIFY(!pkt.problem.empty());
    QCOMPARE(pkt.fieldAt(40), FieldId::Malformed);
    checkCoverage(pkt, bad.size());
    // TCP data offset of 60 bytes in a 40-byte header
    bad = synFrame();
    bad[46] = static_cast<char>(0xf0);
    dec.decode(reinterpret_cast<const uint8_t*>(bad.constData()), bad.size(), pkt);
    QVERIFY(!pkt.problem.empty());
    QCOMPARE(pkt.fieldAt(60), FieldId::Malformed);
    QCOMPARE(pkt.fieldAt(34), FieldId::TcpSrcPort);  // decoded as far as the bytes are valid
    // every prefix of the frame decodes without reading past its end
    const QByteArray full = synFrame();
    for (int len = 0; len <= full.size(); ++len) {
        QByteArray cut = full.left(len);
        dec.decode(reinterpret_cast<const uint8_t*>(cut.constData()), cut.size(), pkt);
        if (len > 0) checkCoverage(pkt, cut.size());
    }
}

void TestDecode::notACaptureIsRefusedWithItsName() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.pcap"));
    writeFile(path, "this is a text file, not a capture\n");
    try {
        flow::ingest(path.toStdString());
        QFAIL("a text file was accepted as a capture");
    } catch (const capture::CaptureError& e) {
        const QString msg = QString::fromStdString(e.what());
        QVERIFY2(msg.contains(path) && msg.contains(QStringLiteral("not a pcap")), qPrintable(msg));
    }
    try {
        flow::ingest(dir.path().toStdString());
        QFAIL("a folder was accepted as a capture");
    } catch (const capture::CaptureError& e) {
        QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("folder")));
    }
}

void TestDecode::truncatedCaptureKeepsPacketsBeforeTheDamage() {
    QFile src(test::demoCapture());
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray all = src.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.pcap"));
    writeFile(path, all.left(all.size() / 2 + 7));
    flow::CaptureData cap = flow::ingest(path.toStdString());
    QVERIFY2(QString::fromStdString(cap.problem).contains(QStringLiteral("truncated")), cap.problem.c_str());
    QVERIFY(cap.packets.size() > 1000);
    QVERIFY(!cap.flows.empty());
    // a file cut inside its header
    writeFile(path, all.left(10));
    QVERIFY_THROWS_EXCEPTION(capture::CaptureError, flow::ingest(path.toStdString()));
}

void TestDecode::unknownLinkTypeIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user0.pcap"));
    writeFile(path, pcapHeader(147) + pcapRecord(synFrame()));
    try {
        flow::ingest(path.toStdString());
        QFAIL("an unknown link type was accepted");
    } catch (const capture::CaptureError& e) {
        const QString msg = QString::fromStdString(e.what());
        QVERIFY2(msg.contains(path) && msg.contains(QStringLiteral("unsupported link type")), qPrintable(msg));
    }
}

void TestDecode::clientIsTheFirstSender() {
    flow::CaptureData cap = flow::ingest(test::demoCapture().toStdString());
    QVERIFY(!cap.flows.empty());
    for (const flow::Flow& f : cap.flows) {
        QVERIFY(!f.visible.empty());
        QVERIFY(f.visible.front().fromClient);
        // the demo's servers listen on service ports, its clients on ephemeral ones
        QVERIFY2(f.server.port <= 8443, f.serverText().c_str());
        QVERIFY2(f.client.port >= 40000, f.clientText().c_str());
        QCOMPARE(f.packets, static_cast<uint64_t>(f.packetIndices.size()));
    }
}

void TestDecode::finThenSynStartsANewFlow() {
    // one TCP connection, closed, then a new SYN on the same 5-tuple
    QByteArray syn = synFrame();
    QByteArray fin = synFrame();
    fin[47] = 0x11;  // FIN, ACK
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reuse.pcap"));
    writeFile(path, pcapHeader(1) + pcapRecord(syn) + pcapRecord(fin) + pcapRecord(syn));
    flow::CaptureData cap = flow::ingest(path.toStdString());
    QCOMPARE(cap.flows.size(), size_t{2});
    QCOMPARE(cap.flows[0].packets, uint64_t{2});
    QCOMPARE(cap.flows[1].packets, uint64_t{1});
}

void TestDecode::idleTimeoutSplitsFlows() {
    QByteArray ack = synFrame();
    ack[47] = 0x10;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("idle.pcap"));
    // the same 5-tuple, silent for 200 s
    writeFile(path, pcapHeader(1) + pcapRecord(ack, 1700000000) + pcapRecord(ack, 1700000001) + pcapRecord(ack, 1700000201));
    QCOMPARE(flow::ingest(path.toStdString()).flows.size(), size_t{2});  // default: 120 s
    flow::IngestOptions opt;
    opt.idleTimeout = 300;
    QCOMPARE(flow::ingest(path.toStdString(), opt).flows.size(), size_t{1});
}

void TestDecode::tunnelsKeyFlowsByTheInnermostPacket_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("client");  // the inner flow's client and server
    QTest::addColumn<QString>("server");
    QTest::newRow("IPv4 in IPv4") << "4in4tunnel.pcap" << "10.10.100.25:62367" << "10.10.101.2:17000";
    QTest::newRow("IPv4 in IPv6") << "4in6tunnel.pcap" << "192.168.0.1:64455" << "10.10.10.1:443";
    QTest::newRow("IPv6 in IPv6") << "6in6tunnel.pcap" << "[dead::beef]:30000" << "[cafe::babe]:13000";
    QTest::newRow("VXLAN") << "vxlan.pcap" << "10.10.20.4:44437" << "8.8.8.8:53";
    QTest::newRow("GTP-U") << "ipv6_in_gtp.pcap" << "[2607:fc20:4052:39e:490a:ea4d:17fe:e09c]:49120"
                           << "[fd00:976a:bc67:193e::7]:25658";
}

void TestDecode::tunnelsKeyFlowsByTheInnermostPacket() {
    WHYFLOW_REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(QString, client);
    QFETCH(QString, server);
    flow::CaptureData cap = flow::ingest(test::ndpiCapture(file).toStdString());
    QVERIFY(!cap.flows.empty());
    const flow::Flow& f = cap.flows.front();
    QCOMPARE(QString::fromStdString(f.clientText()), client);
    QCOMPARE(QString::fromStdString(f.serverText()), server);
    // the outer headers are tunnel bytes, the inner IP header is not
    const flow::VisiblePacket& v = f.visible.front();
    int tunnelBytes = 0;
    for (const FieldSpan& s : v.spans) {
        if (static_cast<int>(s.offset) < v.netOffset && groupOf(s.field) != FieldGroup::Link &&
            groupOf(s.field) != FieldGroup::Identity && s.field != FieldId::EthType)
            QVERIFY2(s.tunnel, fieldInfo(s.field).name.data());
        if (static_cast<int>(s.offset) >= v.netOffset) QVERIFY(!s.tunnel);
        if (s.tunnel) tunnelBytes += static_cast<int>(s.length);
    }
    QVERIFY(tunnelBytes >= 20);
    // the model never sees tunnel bytes: the tensor starts at the inner header
    dataset::Tensorizer t({8, 128}, dataset::FeaturePreset::full());
    const dataset::FlowTensor x = t.make(f);
    QCOMPARE(static_cast<int>(x.bytes[0] >> 4), static_cast<int>(f.ipVersion));
}

void TestDecode::fragmentsJoinTheirFlow() {
    WHYFLOW_REQUIRE_CORPUS();
    // DNS answers too big for one packet: the later fragments carry no UDP header
    flow::CaptureData cap = flow::ingest(test::ndpiCapture(QStringLiteral("dns_fragmented.pcap")).toStdString());
    int fragmentedFlows = 0;
    for (const flow::Flow& f : cap.flows) {
        QVERIFY2(f.client.port != 0 && f.server.port != 0, f.clientText().c_str());  // no flow of bare fragments
        fragmentedFlows += f.packets > 2;
    }
    QVERIFY(fragmentedFlows >= 5);
}

// Found by the fuzzer: a GTP-U header whose extension runs past the packet left its own
// bytes without a field (the field map had a hole between udp.checksum and the malformed rest).
void TestDecode::brokenGtpExtensionLeavesNoHole() {
    const QByteArray frame = QByteArray::fromHex(
        "30d17e108620fc48efe8a81a08004500011c6ea600003d1144ba9779b92c84bef40c086808680108000035ff00f841b13f5c"
        "450000f8fff7400032069a949779c1a0c0a893b101bbe48055da06cf42c6");
    decode::Decoder dec(1);
    decode::DecodedPacket pkt;
    dec.decode(reinterpret_cast<const uint8_t*>(frame.constData()), frame.size(), pkt);
    QVERIFY2(QString::fromStdString(pkt.problem).contains(QStringLiteral("GTP-U")), pkt.problem.c_str());
    checkCoverage(pkt, frame.size());
    QCOMPARE(pkt.fieldAt(42), FieldId::Malformed);
    QCOMPARE(pkt.fieldAt(40), FieldId::UdpChecksum);
}

QTEST_GUILESS_MAIN(TestDecode)
#include "test_decode.moc"
