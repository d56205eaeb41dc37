//! `TransformsSimpledateformat`, from `apis/transforms/schemas/simpledateformat.yaml`.

/// There are a variety of date time patterns you can express using SimpleDateFormat. The following table lists examples of different date time patterns expressed in the SimpleDateFormat and how they display. Refer to the SimpleDateFormat syntax page for more information.
///
/// >NOTE: The following examples show how date and time patterns are interpreted in the U.S. locale. The given date and time are 2001-07-04 12:08:56 local time in the U.S. Pacific Time time zone.
/// > (This table is from the SimpleDateFormat page.)
///
/// | Date Time Pattern | Result |
/// | ----------------- | ------ |
/// | `yyyy.MM.dd G 'at' HH:mm:ss z` | `2001.07.04 AD at 12:08:56 PDT` |
/// | `EEE, MMM d, ''yy` | Wed, Jul 4, '01 |
/// | `h:mm a`           | 12:08 PM |
/// | `hh 'o''clock' a, zzzz` | 12 o'clock PM, Pacific Daylight Time |
/// | `K:mm a, z`             | 0:08 PM, PDT |
/// | `yyyyy.MMMMM.dd GGG hh:mm aaa` | 02001.July.04 AD 12:08 PM |
/// | `EEE, d MMM yyyy HH:mm:ss Z`  | Wed, 4 Jul 2001 12:08:56 -0700 |
/// | `yyMMddHHmmssZ`               | 010704120856-0700 |
/// | `yyyy-MM-dd'T'HH:mm:ss.SSSZ`  | 2001-07-04T12:08:56.235-0700 |
/// | `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` | 2001-07-04T12:08:56.235-07:00 |
/// | `YYYY-'W'ww-u`                 | 2001-W27-3 |
pub type TransformsSimpledateformat = String;
