//! `ListEvents200ResponseInner`, from `openapi.yaml#/paths/~1shapes~1events/get/responses/200/content/application~1json/schema/items`.

use crate::models::{CreatedEvent, DeletedEvent};

/// `ListEvents200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`ListEvents200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ListEvents200ResponseInner {
    CreatedEvent(CreatedEvent),
    DeletedEvent(DeletedEvent),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("createdId", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("deletedId", true, crate::union::ANY, &[]),
            crate::union::Member::new("reason", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for ListEvents200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <CreatedEvent as serde::Deserialize>::deserialize(&value)
                        .map(ListEvents200ResponseInner::CreatedEvent)
                }
                1 => {
                    <DeletedEvent as serde::Deserialize>::deserialize(&value)
                        .map(ListEvents200ResponseInner::DeletedEvent)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(ListEvents200ResponseInner::Other(value))
    }
}

impl From<CreatedEvent> for ListEvents200ResponseInner {
    fn from(value: CreatedEvent) -> Self {
        ListEvents200ResponseInner::CreatedEvent(value)
    }
}

impl From<DeletedEvent> for ListEvents200ResponseInner {
    fn from(value: DeletedEvent) -> Self {
        ListEvents200ResponseInner::DeletedEvent(value)
    }
}
