//! `V3ManualWorkItemDetails`, from `v3/schemas/ManualWorkItemDetails.yaml`.

use crate::models::{
    V3ApprovalForwardHistory, V3ManualWorkItemDetailsCurrentOwner,
    V3ManualWorkItemDetailsOriginalOwner, V3ManualWorkItemState,
};

/// `V3ManualWorkItemDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct V3ManualWorkItemDetails {
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<bool>,
    /// Identity of original work item owner, if the work item has been forwarded.
    #[serde(rename = "originalOwner", skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<V3ManualWorkItemDetailsOriginalOwner>,
    /// Identity of current work item owner.
    #[serde(rename = "currentOwner", skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<V3ManualWorkItemDetailsCurrentOwner>,
    /// Time at which item was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<V3ManualWorkItemState>,
    /// The history of approval forward action.
    #[serde(rename = "forwardHistory", skip_serializing_if = "Option::is_none")]
    pub forward_history: Option<Vec<V3ApprovalForwardHistory>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3ManualWorkItemDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for V3ManualWorkItemDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for V3ManualWorkItemDetails {
    const NAME: &'static str = "V3ManualWorkItemDetails";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "forwarded" => {
                self.forwarded = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "originalOwner" => self.original_owner = map.next_value()?,
            "currentOwner" => self.current_owner = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "status" => self.status = map.next_value()?,
            "forwardHistory" => self.forward_history = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
