//! `StartApplicationDiscoveryV1403Response`, from `apis/application-discovery/paths/sources-v1-by-sourceid-discover-applications.yaml#/post/responses/403/content/application~1json/schema`.

use crate::models::{Errorresponsedto, StartApplicationDiscoveryV1403ResponseVariant2};

/// `StartApplicationDiscoveryV1403Response` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`StartApplicationDiscoveryV1403Response::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum StartApplicationDiscoveryV1403Response {
    Errorresponsedto(Errorresponsedto),
    StartApplicationDiscoveryV1403ResponseVariant2(
        StartApplicationDiscoveryV1403ResponseVariant2,
    ),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("detailCode", false, crate::union::ANY, &[]),
            crate::union::Member::new("trackingId", false, crate::union::ANY, &[]),
            crate::union::Member::new("messages", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("causes", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[crate::union::Member::new("error", true, crate::union::ANY, &[])],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for StartApplicationDiscoveryV1403Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Errorresponsedto as serde::Deserialize>::deserialize(&value)
                        .map(StartApplicationDiscoveryV1403Response::Errorresponsedto)
                }
                1 => {
                    <StartApplicationDiscoveryV1403ResponseVariant2 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            StartApplicationDiscoveryV1403Response::StartApplicationDiscoveryV1403ResponseVariant2,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(StartApplicationDiscoveryV1403Response::Other(value))
    }
}

impl From<Errorresponsedto> for StartApplicationDiscoveryV1403Response {
    fn from(value: Errorresponsedto) -> Self {
        StartApplicationDiscoveryV1403Response::Errorresponsedto(value)
    }
}

impl From<StartApplicationDiscoveryV1403ResponseVariant2>
for StartApplicationDiscoveryV1403Response {
    fn from(value: StartApplicationDiscoveryV1403ResponseVariant2) -> Self {
        StartApplicationDiscoveryV1403Response::StartApplicationDiscoveryV1403ResponseVariant2(
            value,
        )
    }
}
