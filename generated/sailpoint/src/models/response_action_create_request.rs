//! `ResponseActionCreateRequest`, from `apis/intelligence/schemas/response-action-create-request.yaml`.

use crate::models::{
    ResponseActionCreateRequestVariant1, ResponseActionCreateRequestVariant2,
};

/// Request body for creating a response action.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `actionType` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`ResponseActionCreateRequest::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ResponseActionCreateRequest {
    ResponseActionCreateRequestVariant1(ResponseActionCreateRequestVariant1),
    ResponseActionCreateRequestVariant2(ResponseActionCreateRequestVariant2),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "actionType",
                false,
                crate::union::STRING,
                &["DISABLE_IDENTITY"],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("actionType", &["DISABLE_IDENTITY"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "actionType",
                false,
                crate::union::STRING,
                &["DISABLE_ACCOUNT"],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("actionType", &["DISABLE_ACCOUNT"])),
    }),
];

impl<'de> serde::Deserialize<'de> for ResponseActionCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <ResponseActionCreateRequestVariant1 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            ResponseActionCreateRequest::ResponseActionCreateRequestVariant1,
                        )
                }
                1 => {
                    <ResponseActionCreateRequestVariant2 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            ResponseActionCreateRequest::ResponseActionCreateRequestVariant2,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(ResponseActionCreateRequest::Other(value))
    }
}

impl From<ResponseActionCreateRequestVariant1> for ResponseActionCreateRequest {
    fn from(value: ResponseActionCreateRequestVariant1) -> Self {
        ResponseActionCreateRequest::ResponseActionCreateRequestVariant1(value)
    }
}

impl From<ResponseActionCreateRequestVariant2> for ResponseActionCreateRequest {
    fn from(value: ResponseActionCreateRequestVariant2) -> Self {
        ResponseActionCreateRequest::ResponseActionCreateRequestVariant2(value)
    }
}
