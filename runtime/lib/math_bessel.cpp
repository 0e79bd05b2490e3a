// Go 1.19's Bessel functions (math/j0.go, j1.go, jn.go), ported operation
// for operation like math_port.cpp, whose Sin, Cos and Log they call (Go's
// Sincos gives the same bits as its Sin and Cos).
#include <bit>
#include <cmath>
#include <cstdint>

#include "runtime/lib/math_port.hpp"

namespace govm::rt::lib {
namespace {

// Go's exactly rounded constant expressions 1/SqrtPi and 2/Pi (printed by Go).
constexpr double kInvSqrtPi = std::bit_cast<double>(uint64_t(0x3fe20dd750429b6d));
constexpr double kTwoOverPi = std::bit_cast<double>(uint64_t(0x3fe45f306dc9c883));
constexpr double kMaxFloat64 = 1.79769313486231570814527423731704356798070e+308;
constexpr double kTwo129 = 0x1p129;
constexpr double kTwo302 = 0x1p302;
constexpr double kNaN = std::bit_cast<double>(uint64_t(0x7FF8000000000001));  // math.NaN()

// The rational approximations of pzero/qzero (j0.go) and pone/qone (j1.go),
// one row per range of x: [8, inf), [4.5454, 8), [2.8571, 4.5454), [2, 2.8571).
constexpr double kP0R8[] = {0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00, -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03};
constexpr double kP0S8[] = {1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04, 1.16752972564375915681e+05, 4.76277284146730962675e+04};
constexpr double kP0R5[] = {-1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00, -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02};
constexpr double kP0S5[] = {6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03, 9.62544514357774460223e+03, 2.40605815922939109441e+03};
constexpr double kP0R3[] = {-2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00, -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01};
constexpr double kP0S3[] = {3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03, 1.12799679856907414432e+03, 1.73580930813335754692e+02};
constexpr double kP0R2[] = {-8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00, -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00};
constexpr double kP0S2[] = {2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02, 1.53875394208320329881e+02, 1.46576176948256193810e+01};
constexpr double kQ0R8[] = {0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01, 5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04};
constexpr double kQ0S8[] = {1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05, 8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05};
constexpr double kQ0R5[] = {1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00, 1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03};
constexpr double kQ0S5[] = {8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04, 5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03};
constexpr double kQ0R3[] = {4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00, 4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02};
constexpr double kQ0S3[] = {4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03, 6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02};
constexpr double kQ0R2[] = {1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00, 1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01};
constexpr double kQ0S2[] = {3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02, 8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00};
constexpr double kP1R8[] = {0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01, 4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03};
constexpr double kP1S8[] = {1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04, 9.76027935934950801311e+04, 3.08042720627888811578e+04};
constexpr double kP1R5[] = {1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00, 1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02};
constexpr double kP1S5[] = {5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03, 7.84469031749551231769e+03, 1.50404688810361062679e+03};
constexpr double kP1R3[] = {3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00, 3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01};
constexpr double kP1S3[] = {3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03, 8.90811346398256432622e+02, 1.03787932439639277504e+02};
constexpr double kP1R2[] = {1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00, 1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00};
constexpr double kP1S2[] = {2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02, 1.17679373287147100768e+02, 8.36463893371618283368e+00};
constexpr double kQ1R8[] = {0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01, -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04};
constexpr double kQ1S8[] = {1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05, 7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05};
constexpr double kQ1R5[] = {-2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00, -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03};
constexpr double kQ1S5[] = {8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04, 4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03};
constexpr double kQ1R3[] = {-5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00, -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02};
constexpr double kQ1S3[] = {4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03, 5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02};
constexpr double kQ1R2[] = {-1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00, -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01};
constexpr double kQ1S2[] = {2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02, 7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00};

struct Coefficients {
    const double* p;
    const double* q;
};

constexpr Coefficients kPZero[] = {{kP0R8, kP0S8}, {kP0R5, kP0S5}, {kP0R3, kP0S3}, {kP0R2, kP0S2}};
constexpr Coefficients kQZero[] = {{kQ0R8, kQ0S8}, {kQ0R5, kQ0S5}, {kQ0R3, kQ0S3}, {kQ0R2, kQ0S2}};
constexpr Coefficients kPOne[] = {{kP1R8, kP1S8}, {kP1R5, kP1S5}, {kP1R3, kP1S3}, {kP1R2, kP1S2}};
constexpr Coefficients kQOne[] = {{kQ1R8, kQ1S8}, {kQ1R5, kQ1S5}, {kQ1R3, kQ1S3}, {kQ1R2, kQ1S2}};

// Callers have x >= 2, so one of the four rows applies.
const Coefficients& rangeRow(const Coefficients* rows, double x) {
    if (x >= 8) return rows[0];
    if (x >= 4.5454) return rows[1];
    if (x >= 2.8571) return rows[2];
    return rows[3];
}

double numerator(const double* p, double z) { return p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5])))); }

// pzero and pone.
double pFactor(const Coefficients* rows, double x) {
    const Coefficients& c = rangeRow(rows, x);
    double z = 1 / (x * x);
    double r = numerator(c.p, z);
    double s = 1 + z * (c.q[0] + z * (c.q[1] + z * (c.q[2] + z * (c.q[3] + z * c.q[4]))));
    return 1 + r / s;
}

// qzero (bias -0.125) and qone (bias 0.375).
double qFactor(const Coefficients* rows, double bias, double x) {
    const Coefficients& c = rangeRow(rows, x);
    double z = 1 / (x * x);
    double r = numerator(c.p, z);
    double s = 1 + z * (c.q[0] + z * (c.q[1] + z * (c.q[2] + z * (c.q[3] + z * (c.q[4] + z * c.q[5])))));
    return (bias + r / s) / x;
}

// The asymptotic expansions for x >= 2 share their phase terms; one of ss
// and cc is recomputed from cos(2x) where the other cancels badly.
struct Phase {
    double ss, cc;
};

Phase phaseZero(double x) {
    double s = goSin(x), c = goCos(x);
    Phase ph{s - c, s + c};
    if (x < kMaxFloat64 / 2) {
        double z = -goCos(x + x);
        if (s * c < 0) ph.cc = z / ph.ss;
        else ph.ss = z / ph.cc;
    }
    return ph;
}

Phase phaseOne(double x) {
    double s = goSin(x), c = goCos(x);
    Phase ph{-s - c, s - c};
    if (x < kMaxFloat64 / 2) {
        double z = goCos(x + x);
        if (s * c > 0) ph.cc = z / ph.ss;
        else ph.ss = z / ph.cc;
    }
    return ph;
}

struct Expansion {
    Phase (*phase)(double);
    const Coefficients* p;
    const Coefficients* q;
    double qBias;
};

constexpr Expansion kOrderZero{phaseZero, kPZero, kQZero, -0.125};
constexpr Expansion kOrderOne{phaseOne, kPOne, kQOne, 0.375};

// J0 and J1 for x >= 2.
double largeJ(const Expansion& e, double x) {
    Phase ph = e.phase(x);
    if (x > kTwo129) return kInvSqrtPi * ph.cc / std::sqrt(x);
    double u = pFactor(e.p, x);
    double v = qFactor(e.q, e.qBias, x);
    return kInvSqrtPi * (u * ph.cc - v * ph.ss) / std::sqrt(x);
}

// Y0 and Y1 for x >= 2.
double largeY(const Expansion& e, double x) {
    Phase ph = e.phase(x);
    if (x > kTwo129) return kInvSqrtPi * ph.ss / std::sqrt(x);
    double u = pFactor(e.p, x);
    double v = qFactor(e.q, e.qBias, x);
    return kInvSqrtPi * (u * ph.ss + v * ph.cc) / std::sqrt(x);
}

// Jn and Yn for x >= 2**302: (1/SqrtPi) * temp / Sqrt(x), temp picked by n&3.
double hugeBessel(int64_t n, double x, bool second) {
    double s = goSin(x), c = goCos(x);
    double temp = 0;
    switch (n & 3) {
        case 0: temp = second ? s - c : c + s; break;
        case 1: temp = second ? -s - c : -c + s; break;
        case 2: temp = second ? -s + c : -c - s; break;
        default: temp = second ? s + c : c - s; break;
    }
    return kInvSqrtPi * temp / std::sqrt(x);
}

// Go negates ints with wraparound; C++ must not overflow.
int64_t negate(int64_t n) { return int64_t(0 - uint64_t(n)); }

// Jn for n < x (below 2**302): forward recurrence from J0 and J1.
double jnForward(int64_t n, double x) {
    double a = goJ0(x), b = goJ1(x);
    for (int64_t i = 1; i < n; ++i) {
        double next = b * (double(i + i) / x) - a;
        a = b;
        b = next;
    }
    return b;
}

// Jn for tiny x: (x/2)**n / n!, or 0 where that underflows.
double jnTiny(int64_t n, double x) {
    if (n > 33) return 0;
    double temp = x * 0.5;
    double b = temp;
    double a = 1.0;
    for (int64_t i = 2; i <= n; ++i) {
        a *= double(i);
        b *= temp;
    }
    return b / a;
}

// Jn for n >= x: a continued fraction for J(n)/J(n-1), then backward
// recurrence scaled by J0 (jn.go's comments explain the choice of k).
double jnBackward(int64_t n, double x) {
    double w = double(n + n) / x;
    double h = 2 / x;
    double q0 = w;
    double z = w + h;
    double q1 = w * z - 1;
    int64_t k = 1;
    while (q1 < 1e9) {
        ++k;
        z += h;
        double next = z * q1 - q0;
        q0 = q1;
        q1 = next;
    }
    int64_t m = n + n;
    double t = 0.0;
    for (int64_t i = 2 * (n + k); i >= m; i -= 2) t = 1 / (double(i) / x - t);
    double a = t;
    double b = 1;
    double tmp = double(n);
    double v = 2 / x;
    tmp = tmp * goLog(std::fabs(v * tmp));
    bool mayOverflow = !(tmp < 7.09782712893383973096e+02);
    for (int64_t i = n - 1; i > 0; --i) {
        double di = double(i + i);
        double next = b * di / x - a;
        a = b;
        b = next;
        if (mayOverflow && b > 1e100) {
            a /= b;
            t /= b;
            b = 1;
        }
    }
    return t * goJ0(x) / b;
}

}  // namespace

double goJ0(double x) {
    constexpr double TwoM27 = 0x1p-27;
    constexpr double TwoM13 = 0x1p-13;
    constexpr double R02 = 1.56249999999999947958e-02, R03 = -1.89979294238854721751e-04,
                     R04 = 1.82954049532700665670e-06, R05 = -4.61832688532103189199e-09;
    constexpr double S01 = 1.56191029464890010492e-02, S02 = 1.16926784663337450260e-04,
                     S03 = 5.13546550207318111446e-07, S04 = 1.16614003333790000205e-09;
    if (std::isnan(x)) return x;
    if (std::isinf(x)) return 0;
    if (x == 0) return 1;
    x = std::fabs(x);
    if (x >= 2) return largeJ(kOrderZero, x);
    if (x < TwoM13) {
        if (x < TwoM27) return 1;
        return 1 - 0.25 * x * x;
    }
    double z = x * x;
    double r = z * (R02 + z * (R03 + z * (R04 + z * R05)));
    double s = 1 + z * (S01 + z * (S02 + z * (S03 + z * S04)));
    if (x < 1) return 1 + z * (-0.25 + (r / s));
    double u = 0.5 * x;
    return (1 + u) * (1 - u) + z * (r / s);
}

double goY0(double x) {
    constexpr double TwoM27 = 0x1p-27;
    constexpr double U00 = -7.38042951086872317523e-02, U01 = 1.76666452509181115538e-01,
                     U02 = -1.38185671945596898896e-02, U03 = 3.47453432093683650238e-04,
                     U04 = -3.81407053724364161125e-06, U05 = 1.95590137035022920206e-08,
                     U06 = -3.98205194132103398453e-11;
    constexpr double V01 = 1.27304834834123699328e-02, V02 = 7.60068627350353253702e-05,
                     V03 = 2.59150851840457805467e-07, V04 = 4.41110311332675467403e-10;
    if (x < 0 || std::isnan(x)) return kNaN;
    if (std::isinf(x)) return 0;
    if (x == 0) return -INFINITY;
    if (x >= 2) return largeY(kOrderZero, x);
    if (x <= TwoM27) return U00 + kTwoOverPi * goLog(x);
    double z = x * x;
    double u = U00 + z * (U01 + z * (U02 + z * (U03 + z * (U04 + z * (U05 + z * U06)))));
    double v = 1 + z * (V01 + z * (V02 + z * (V03 + z * V04)));
    return u / v + kTwoOverPi * goJ0(x) * goLog(x);
}

double goJ1(double x) {
    constexpr double TwoM27 = 0x1p-27;
    constexpr double R00 = -6.25000000000000000000e-02, R01 = 1.40705666955189706048e-03,
                     R02 = -1.59955631084035597520e-05, R03 = 4.96727999609584448412e-08;
    constexpr double S01 = 1.91537599538363460805e-02, S02 = 1.85946785588630915560e-04,
                     S03 = 1.17718464042623683263e-06, S04 = 5.04636257076217042715e-09,
                     S05 = 1.23542274426137913908e-11;
    if (std::isnan(x)) return x;
    if (std::isinf(x) || x == 0) return 0;
    bool sign = x < 0;
    if (sign) x = -x;
    double z;
    if (x >= 2) {
        z = largeJ(kOrderOne, x);
    } else if (x < TwoM27) {
        return 0.5 * x;  // Go forgets the sign here: J1(-tiny) > 0
    } else {
        z = x * x;
        double r = z * (R00 + z * (R01 + z * (R02 + z * R03)));
        double s = 1.0 + z * (S01 + z * (S02 + z * (S03 + z * (S04 + z * S05))));
        r *= x;
        z = 0.5 * x + r / s;
    }
    return sign ? -z : z;
}

double goY1(double x) {
    constexpr double TwoM54 = 0x1p-54;
    constexpr double U00 = -1.96057090646238940668e-01, U01 = 5.04438716639811282616e-02,
                     U02 = -1.91256895875763547298e-03, U03 = 2.35252600561610495928e-05,
                     U04 = -9.19099158039878874504e-08;
    constexpr double V00 = 1.99167318236649903973e-02, V01 = 2.02552581025135171496e-04,
                     V02 = 1.35608801097516229404e-06, V03 = 6.22741452364621501295e-09,
                     V04 = 1.66559246207992079114e-11;
    if (x < 0 || std::isnan(x)) return kNaN;
    if (std::isinf(x)) return 0;
    if (x == 0) return -INFINITY;
    if (x >= 2) return largeY(kOrderOne, x);
    if (x <= TwoM54) return -kTwoOverPi / x;
    double z = x * x;
    double u = U00 + z * (U01 + z * (U02 + z * (U03 + z * U04)));
    double v = 1 + z * (V00 + z * (V01 + z * (V02 + z * (V03 + z * V04))));
    return x * (u / v) + kTwoOverPi * (goJ1(x) * goLog(x) - 1 / x);
}

double goJn(int64_t n, double x) {
    constexpr double TwoM29 = 0x1p-29;
    if (std::isnan(x)) return x;
    if (std::isinf(x)) return 0;
    if (n == 0) return goJ0(x);
    if (x == 0) return 0;
    if (n < 0) {
        n = negate(n);
        x = -x;
    }
    if (n == 1) return goJ1(x);
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = (n & 1) == 1;  // odd n and negative x
    }
    double b;
    if (double(n) <= x) b = x >= kTwo302 ? hugeBessel(n, x, false) : jnForward(n, x);
    else b = x < TwoM29 ? jnTiny(n, x) : jnBackward(n, x);
    return sign ? -b : b;
}

double goYn(int64_t n, double x) {
    if (x < 0 || std::isnan(x)) return kNaN;
    if (std::isinf(x)) return 0;
    if (n == 0) return goY0(x);
    if (x == 0) return n < 0 && (n & 1) == 1 ? INFINITY : -INFINITY;
    bool sign = false;
    if (n < 0) {
        n = negate(n);
        sign = (n & 1) == 1;  // n < 0 and |n| odd
    }
    if (n == 1) return sign ? -goY1(x) : goY1(x);
    double b;
    if (x >= kTwo302) {
        b = hugeBessel(n, x, true);
    } else {
        double a = goY0(x);
        b = goY1(x);
        for (int64_t i = 1; i < n && !(std::isinf(b) && b < 0); ++i) {
            double next = (double(i + i) / x) * b - a;
            a = b;
            b = next;
        }
    }
    return sign ? -b : b;
}

}  // namespace govm::rt::lib
