//! `GetStreamV1200Response`, from `apis/shared-signals-framework-ssf/paths/ssf-v1-streams.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::Streamconfigresponse;

/// `GetStreamV1200Response` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetStreamV1200Response::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetStreamV1200Response {
    Streamconfigresponse(Streamconfigresponse),
    StreamconfigresponseList(Vec<Streamconfigresponse>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("stream_id", false, crate::union::ANY, &[]),
            crate::union::Member::new("iss", false, crate::union::ANY, &[]),
            crate::union::Member::new("aud", false, crate::union::ANY, &[]),
            crate::union::Member::new("delivery", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "events_supported",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "events_requested",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "events_delivered",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "inactivity_timeout",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "min_verification_interval",
                false,
                crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for GetStreamV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Streamconfigresponse as serde::Deserialize>::deserialize(&value)
                        .map(GetStreamV1200Response::Streamconfigresponse)
                }
                1 => {
                    <Vec<
                        Streamconfigresponse,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(GetStreamV1200Response::StreamconfigresponseList)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetStreamV1200Response::Other(value))
    }
}

impl From<Streamconfigresponse> for GetStreamV1200Response {
    fn from(value: Streamconfigresponse) -> Self {
        GetStreamV1200Response::Streamconfigresponse(value)
    }
}

impl From<Vec<Streamconfigresponse>> for GetStreamV1200Response {
    fn from(value: Vec<Streamconfigresponse>) -> Self {
        GetStreamV1200Response::StreamconfigresponseList(value)
    }
}
