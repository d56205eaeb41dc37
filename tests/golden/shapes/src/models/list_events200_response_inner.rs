//! `ListEvents200ResponseInner`, from `openapi.yaml#/paths/~1shapes~1events/get/responses/200/content/application~1json/schema/items`.

use crate::models::{CreatedEvent, DeletedEvent};

/// `ListEvents200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ListEvents200ResponseInner {
    CreatedEvent(CreatedEvent),
    DeletedEvent(DeletedEvent),
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
