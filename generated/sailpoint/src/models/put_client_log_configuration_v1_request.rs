//! `PutClientLogConfigurationV1Request`, from `apis/managed-clusters/paths/managed-clusters-v1-by-id-log-config.yaml#/put/requestBody/content/application~1json/schema`.

use crate::models::{
    Clientlogconfigurationdurationminutes, Clientlogconfigurationexpiration,
};

/// `PutClientLogConfigurationV1Request` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`PutClientLogConfigurationV1Request::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PutClientLogConfigurationV1Request {
    Clientlogconfigurationdurationminutes(Clientlogconfigurationdurationminutes),
    Clientlogconfigurationexpiration(Clientlogconfigurationexpiration),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("clientId", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "durationMinutes",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "rootLevel",
                true,
                crate::union::STRING,
                &["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"],
            ),
            crate::union::Member::new("logLevels", false, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("clientId", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "expiration",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "rootLevel",
                true,
                crate::union::STRING,
                &["OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE"],
            ),
            crate::union::Member::new("logLevels", false, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for PutClientLogConfigurationV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Clientlogconfigurationdurationminutes as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            PutClientLogConfigurationV1Request::Clientlogconfigurationdurationminutes,
                        )
                }
                1 => {
                    <Clientlogconfigurationexpiration as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            PutClientLogConfigurationV1Request::Clientlogconfigurationexpiration,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(PutClientLogConfigurationV1Request::Other(value))
    }
}

impl From<Clientlogconfigurationdurationminutes> for PutClientLogConfigurationV1Request {
    fn from(value: Clientlogconfigurationdurationminutes) -> Self {
        PutClientLogConfigurationV1Request::Clientlogconfigurationdurationminutes(value)
    }
}

impl From<Clientlogconfigurationexpiration> for PutClientLogConfigurationV1Request {
    fn from(value: Clientlogconfigurationexpiration) -> Self {
        PutClientLogConfigurationV1Request::Clientlogconfigurationexpiration(value)
    }
}
