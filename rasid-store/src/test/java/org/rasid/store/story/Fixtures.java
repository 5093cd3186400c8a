package org.rasid.store.story;

import java.time.LocalDate;
import java.util.List;
import org.rasid.core.model.Analysis;
import org.rasid.core.model.DctSource;
import org.rasid.core.model.EntityMention;
import org.rasid.core.model.Event;
import org.rasid.core.model.Quote;
import org.rasid.core.model.TimeExpression;

/** Arabic test articles (written for these tests, in the style of Saudi agency copy). */
final class Fixtures {

  private Fixtures() {}

  static final LocalDate AUG_10 = LocalDate.of(2015, 8, 10);

  /** Loaded once: the bundled table is the one production uses. */
  static final TermStatistics STATS = TermStatistics.bundled();

  /** The agency text of Jubeir's Berlin press conference. */
  static final String JUBEIR_BERLIN =
      "أكد وزير الخارجية عادل بن أحمد الجبير أن المملكة العربية السعودية حريصة على تطوير علاقاتها بشكل جيد مع إيران "
          + "شرط أن تغير إيران سياستها التي تكمن بالتدخل في شؤون الدول الخليجية وسوريا والعراق ولبنان. "
          + "وقال الجبير في مؤتمر صحفي مع نظيره الألماني فرانك فالتر شتاينماير في برلين إن امتناع إيران عن السماح "
          + "للمفتشين بدخول منشآتها العسكرية يعني عزمها على تصنيع أسلحة نووية. "
          + "وأضاف أن المملكة تراقب عن كثب تطورات الاتفاق النووي وتأمل أن يسهم في أمن المنطقة واستقرارها. "
          + "وأوضح أن العلاقات السعودية الألمانية تشهد تطورا ملحوظا في مختلف المجالات السياسية والاقتصادية والثقافية.";

  /** The same copy as republished by the agency, with its dateline header. */
  static final String JUBEIR_BERLIN_WAS = "برلين 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n" + JUBEIR_BERLIN;

  /** The same copy on a news site: another header, folded hamza/teh marbuta, a share footer. */
  static final String JUBEIR_BERLIN_SITE =
      "عين اليوم – برلين\n"
          + JUBEIR_BERLIN.replace("أكد", "اكد").replace("الخارجية", "الخارجيه").replace("إيران", "ايران")
          + "\nشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك";

  /** A newspaper's own report of the same press conference (rewritten, not a copy). */
  static final String JUBEIR_BERLIN_REWRITE =
      "شدد وزير الخارجية عادل الجبير خلال زيارته العاصمة الألمانية برلين على أن تطوير علاقات المملكة مع إيران "
          + "مرهون بتغيير طهران سياستها العدوانية وتدخلها في شؤون دول الخليج وسوريا والعراق ولبنان. "
          + "وأشار الجبير في المؤتمر الصحفي المشترك مع وزير الخارجية الألماني شتاينماير إلى أن رفض إيران دخول "
          + "المفتشين إلى منشآتها العسكرية يدل على نيتها تصنيع أسلحة نووية.";

  /** Same minister, same topic (Iran, Syria), another event: the Moscow talks. */
  static final String JUBEIR_MOSCOW =
      "قال وزير الخارجية عادل الجبير في موسكو إن الرئيس السوري بشار الأسد فقد شرعيته بعد أن قتل أكثر من "
          + "ثلاثمائة ألف سوري ولا مكان له في مستقبل سوريا. وأوضح الجبير عقب محادثاته مع نظيره الروسي سيرغي لافروف "
          + "أن موقف المملكة من الأزمة السورية لم يتغير وأن الحل يجب أن يستند إلى مبادئ مؤتمر جنيف الأول. "
          + "من جهته قال لافروف إن موسكو والرياض تتفقان على ضرورة مكافحة الإرهاب في المنطقة.";

  /** Another event altogether. */
  static final String EGYPT_HEAT =
      "أعلنت وزارة الصحة المصرية وفاة 21 شخصا من كبار السن وإصابة 66 آخرين بالإجهاد الحراري نتيجة ارتفاع درجات "
          + "الحرارة في محافظات القاهرة والجيزة والقليوبية. وقال المتحدث باسم الوزارة حسام عبد الغفار إن المستشفيات "
          + "رفعت درجة الاستعداد لاستقبال المصابين بضربات الشمس. وتوقعت هيئة الأرصاد استمرار موجة الحر حتى نهاية الأسبوع.";

  static Analysis article(String id, String title, LocalDate date, String text) {
    return article(id, title, date, text, List.of(), List.of(), List.of(), List.of());
  }

  static Analysis article(
      String id, String title, LocalDate date, String text,
      List<EntityMention> entities, List<TimeExpression> times, List<Quote> quotes, List<Event> events) {
    return new Analysis(id, "test", title, date, date == null ? DctSource.NONE : DctSource.GIVEN, text,
        List.of(), List.of(), entities, times, quotes, events);
  }

  static ArticleFeatures features(String id, String title, LocalDate date, String text) {
    return ArticleFeatures.of(article(id, title, date, text), date, "test", STATS);
  }
}
