package org.tradekit.print.codes;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** How much of a QR code may be damaged and still read: L 7 %, M 15 % (Trade Kit's default), Q 25 %, H 30 %. */
public enum QrErrorCorrection {
    L(ErrorCorrectionLevel.L), M(ErrorCorrectionLevel.M), Q(ErrorCorrectionLevel.Q), H(ErrorCorrectionLevel.H);

    public static final QrErrorCorrection DEFAULT = M;

    private final ErrorCorrectionLevel zxing;

    QrErrorCorrection(ErrorCorrectionLevel zxing) {
        this.zxing = zxing;
    }

    ErrorCorrectionLevel zxing() {
        return zxing;
    }
}
