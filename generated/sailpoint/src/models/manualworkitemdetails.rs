//! `Manualworkitemdetails`, from `apis/access-requests/schemas/manualworkitemdetails.yaml`.

use crate::models::{
    AccessRequestsApprovalforwardhistory, ManualworkitemdetailsCurrentOwner,
    ManualworkitemdetailsOriginalOwner, Manualworkitemstate,
};

/// `Manualworkitemdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Manualworkitemdetails {
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<bool>,
    /// Identity of original work item owner, if the work item has been forwarded.
    #[serde(rename = "originalOwner", skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<ManualworkitemdetailsOriginalOwner>,
    /// Identity of current work item owner.
    #[serde(rename = "currentOwner", skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<ManualworkitemdetailsCurrentOwner>,
    /// Time at which item was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Manualworkitemstate>,
    /// The history of approval forward action.
    #[serde(rename = "forwardHistory", skip_serializing_if = "Option::is_none")]
    pub forward_history: Option<Vec<AccessRequestsApprovalforwardhistory>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Manualworkitemdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Manualworkitemdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Manualworkitemdetails {
    const NAME: &'static str = "Manualworkitemdetails";

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
