// The byte -> field map against an independent oracle: for every IPv4, IPv6, TCP (every
// option kind), UDP and ICMP byte of every packet of the nDPI corpus, the field whyflow
// gives it must be one that tshark's PDML (-T pdml: each field's pos and size) puts there.
#include <QDir>
#include <QMap>
#include <QXmlStreamReader>
#include <QtTest>

#include "test_support.h"
#include "whyflow/capture.h"
#include "whyflow/decode.h"

using namespace whyflow;

namespace {

struct TsharkField {
    QString name;
    int pos = 0, size = 0;
};

// Packets of one capture as tshark dissects them, only the fields of the compared protocols.
QVector<QVector<TsharkField>> tsharkFields(const QString& path) {
    const QByteArray xml = test::run(
        QStringLiteral("tshark"),
        {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("pdml"), QStringLiteral("-J"),
         QStringLiteral("ip ipv6 tcp udp icmp icmpv6"),
         // no reassembly: every field must lie in the frame itself
         QStringLiteral("-o"), QStringLiteral("ip.defragment:FALSE"), QStringLiteral("-o"), QStringLiteral("ipv6.defragment:FALSE"),
         QStringLiteral("-o"), QStringLiteral("tcp.desegment_tcp_streams:FALSE")},
        600000);
    QVector<QVector<TsharkField>> packets;
    QXmlStreamReader r(xml);
    static const QStringList kPrefixes = {QStringLiteral("ip."), QStringLiteral("ipv6."), QStringLiteral("tcp."),
                                          QStringLiteral("udp."), QStringLiteral("icmp."), QStringLiteral("icmpv6."),
                                          QStringLiteral("ah.")};
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement) continue;
        if (r.name() == QLatin1String("packet")) {
            packets.push_back({});
        } else if (r.name() == QLatin1String("field") && !packets.isEmpty()) {
            const auto attrs = r.attributes();
            const QString name = attrs.value(QLatin1String("name")).toString();
            const int size = attrs.value(QLatin1String("size")).toInt();
            if (size <= 0) continue;
            for (const QString& p : kPrefixes) {
                if (name.startsWith(p)) {
                    packets.back().push_back({name, attrs.value(QLatin1String("pos")).toInt(), size});
                    break;
                }
            }
        }
    }
    return packets;
}

bool comparedField(FieldId f) {
    const std::string_view n = fieldInfo(f).name;
    for (std::string_view p : {"ip.", "ipv6.", "tcp.", "udp.", "icmp.", "icmpv6."})
        if (n.substr(0, p.size()) == p) return true;
    return false;
}

// Does a tshark field name stand for our field? Names are the same but for a few fields
// that whyflow names as one while Wireshark splits them or names them otherwise.
bool sameField(FieldId ours, const QString& theirs) {
    const QString n = QString::fromLatin1(fieldInfo(ours).name.data(), static_cast<int>(fieldInfo(ours).name.size()));
    if (theirs == n || theirs.startsWith(n + QLatin1Char('.'))) return true;
    switch (ours) {
    case FieldId::IpVersion: return theirs == QLatin1String("ip.hdr_len");
    case FieldId::IpOptions: return theirs.startsWith(QLatin1String("ip.opt"));
    case FieldId::Ipv6ExtHeader:
        return theirs.startsWith(QLatin1String("ipv6.hopopts")) || theirs.startsWith(QLatin1String("ipv6.routing")) ||
               theirs.startsWith(QLatin1String("ipv6.dstopts")) || theirs.startsWith(QLatin1String("ipv6.opt")) ||
               theirs.startsWith(QLatin1String("ah."));
    case FieldId::TcpOptTimestamp: return theirs.startsWith(QLatin1String("tcp.options.time_stamp"));
    case FieldId::TcpOptOther: case FieldId::TcpOptSack: return theirs.startsWith(QLatin1String("tcp.option"));
    case FieldId::IcmpRest: return theirs.startsWith(QLatin1String("icmp."));
    case FieldId::Icmpv6Rest: return theirs.startsWith(QLatin1String("icmpv6."));
    default: return false;
    }
}

}  // namespace

class TestFieldMap : public QObject {
    Q_OBJECT
private slots:
    void fieldsAgreeWithTsharkAcrossTheCorpus();
};

void TestFieldMap::fieldsAgreeWithTsharkAcrossTheCorpus() {
    WHYFLOW_REQUIRE_CORPUS();
    WHYFLOW_REQUIRE_TOOL("tshark");
    const QString dir = test::sharedDir() + QStringLiteral("/corpus/ndpi/pcap");
    struct Tally {
        qint64 bytes = 0, agree = 0;
        QString example;
    };
    QMap<QString, Tally> byField;
    qint64 packets = 0, skippedPackets = 0;
    for (const QString& name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        const QString path = dir + QLatin1Char('/') + name;
        const auto theirs = tsharkFields(path);
        capture::Reader reader(path.toStdString());
        if (!decode::Decoder::supportsLinkType(reader.linkType())) {
            QFAIL(qPrintable(path + QStringLiteral(": link type not supported")));
        }
        decode::Decoder decoder(reader.linkType());
        decode::DecodedPacket pkt;
        capture::RawPacket raw;
        for (int i = 0; reader.next(raw); ++i) {
            if (i >= theirs.size()) {
                ++skippedPackets;
                continue;
            }
            ++packets;
            decoder.decode(raw.data, raw.caplen, pkt);
            const auto& fields = theirs[i];
            for (const FieldSpan& s : pkt.spans) {
                if (!comparedField(s.field)) continue;
                const QString ours = QString::fromLatin1(fieldInfo(s.field).name.data());
                Tally& t = byField[ours];
                for (uint32_t b = s.offset; b < s.offset + s.length; ++b) {
                    bool ok = false;
                    for (const TsharkField& f : fields) {
                        if (static_cast<int>(b) >= f.pos && static_cast<int>(b) < f.pos + f.size && sameField(s.field, f.name)) {
                            ok = true;
                            break;
                        }
                    }
                    ++t.bytes;
                    if (ok) {
                        ++t.agree;
                    } else if (t.example.isEmpty()) {
                        QStringList there;
                        for (const TsharkField& f : fields)
                            if (static_cast<int>(b) >= f.pos && static_cast<int>(b) < f.pos + f.size) there << f.name;
                        t.example = QStringLiteral("%1 frame %2 byte %3: tshark has [%4]").arg(name).arg(i + 1).arg(b).arg(there.join(QLatin1Char(',')));
                    }
                }
            }
        }
    }
    qint64 total = 0, agree = 0;
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        total += it->bytes;
        agree += it->agree;
        if (it->agree < it->bytes)
            qInfo("disagrees: %-24s %lld of %lld bytes (%.3f %%), e.g. %s", qPrintable(it.key()), it->bytes - it->agree, it->bytes,
                  100.0 * static_cast<double>(it->bytes - it->agree) / static_cast<double>(it->bytes), qPrintable(it->example));
    }
    const double rate = total ? static_cast<double>(agree) / static_cast<double>(total) : 0;
    qInfo("%lld packets, %lld header bytes compared, %.4f %% agree with tshark (%lld packets tshark did not list)", packets,
          total, 100 * rate, skippedPackets);
    QVERIFY(total > 1000000);
    QVERIFY2(rate >= 0.999, qPrintable(QStringLiteral("agreement %1").arg(rate)));
}

QTEST_GUILESS_MAIN(TestFieldMap)
#include "test_field_map.moc"
