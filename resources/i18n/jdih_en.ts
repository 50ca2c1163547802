<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="38" />
        <source>JDIH Desktop — {office}</source>
        <translation>JDIH Desktop — {office}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="43" />
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="60" />
        <source>Basis data: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="67" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="69" />
        <source>Ringkasan pekerjaan: permohonan yang belum didisposisi, belum diabstrak, menunggu unggah, dan yang terlambat, dengan pewaktu tiap langkah SOP.</source>
        <translation>Work overview: requests not yet dispositioned, without an abstract, waiting for upload, and late, with a timer for each SOP step.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="75" />
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="77" />
        <source>Pendaftaran permohonan penerbitan salinan SK, disposisi Kasubag Hukum, dan linimasa langkah SOP tiap permohonan.</source>
        <translation>Registering requests to publish decree copies, the head of subsection's disposition, and each request's SOP timeline.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="83" />
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="85" />
        <source>Arsip Surat Keputusan: pencarian teks lengkap, metadata JDIH, berkas PDF, lokasi arsip tercetak, dan status publikasi.</source>
        <translation>Decree archive: full-text search, JDIH metadata, PDF files, location of the printed copy, and publication status.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="91" />
        <source>Media Sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="93" />
        <source>Pengelolaan akun media sosial JDIH: rapat tim, draf materi, desain, reviu, unggah, dan evaluasi.</source>
        <translation>Managing the JDIH social-media accounts: team meeting, draft, design, review, upload and evaluation.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="99" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="100" />
        <source>Laporan kepatuhan SOP bulanan, daftar arsip, dan laporan evaluasi.</source>
        <translation>Monthly SOP compliance report, archive register and evaluation report.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="104" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="106" />
        <source>Profil kantor dan kop surat, profil pemindai, koneksi situs JDIH, jam kerja dan hari libur, pengguna dan peran, lokasi cadangan.</source>
        <translation>Office profile and letterhead, scanner profiles, JDIH site connection, office hours and holidays, users and roles, backup location.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="113" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="114" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="118" />
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="124" />
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="125" />
        <source>&amp;Tentang JDIH Desktop</source>
        <translation>&amp;About JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="132" />
        <source>Tentang JDIH Desktop</source>
        <translation>About JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="134" />
        <source>JDIH Desktop {version}
Penerbitan salinan Surat Keputusan di situs JDIH.</source>
        <translation>JDIH Desktop {version}
Publishing decree copies on the JDIH site.</translation>
    </message>
</context>
</TS>