//! `DateformatOutputFormat`, from `apis/sources/schemas/dateformat.yaml#/properties/outputFormat`.

use crate::models::{Namedconstructs, Simpledateformat};

/// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
///
/// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`DateformatOutputFormat::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DateformatOutputFormat {
    Namedconstructs(Namedconstructs),
    Simpledateformat(Simpledateformat),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Enum(
        &["ISO8601", "LDAP", "PEOPLE_SOFT", "EPOCH_TIME_JAVA", "EPOCH_TIME_WIN32"],
    ),
    crate::union::Alternative::String,
];

impl<'de> serde::Deserialize<'de> for DateformatOutputFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Namedconstructs as serde::Deserialize>::deserialize(&value)
                        .map(DateformatOutputFormat::Namedconstructs)
                }
                1 => {
                    <Simpledateformat as serde::Deserialize>::deserialize(&value)
                        .map(DateformatOutputFormat::Simpledateformat)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(DateformatOutputFormat::Other(value))
    }
}

impl From<Namedconstructs> for DateformatOutputFormat {
    fn from(value: Namedconstructs) -> Self {
        DateformatOutputFormat::Namedconstructs(value)
    }
}

impl From<Simpledateformat> for DateformatOutputFormat {
    fn from(value: Simpledateformat) -> Self {
        DateformatOutputFormat::Simpledateformat(value)
    }
}
