//! `Accessrequestpostapproval`, from `apis/triggers/schemas/accessrequestpostapproval.yaml`.

use crate::models::{
    Accessitemrequestedfordto, Accessitemrequesterdto,
    AccessrequestpostapprovalRequestedItemsStatusInner,
};

/// `Accessrequestpostapproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestpostapproval {
    /// The unique ID of the access request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accessRequestId")]
    pub access_request_id: String,
    /// Identities access was requested for.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<Accessitemrequestedfordto>,
    /// Details on the outcome of each access item.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "requestedItemsStatus")]
    pub requested_items_status: Vec<AccessrequestpostapprovalRequestedItemsStatusInner>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "requestedBy", skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<Accessitemrequesterdto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestpostapproval {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: Vec<Accessitemrequestedfordto>,
        requested_items_status: Vec<AccessrequestpostapprovalRequestedItemsStatusInner>,
        requested_by: Accessitemrequesterdto,
    ) -> Self {
        Accessrequestpostapproval {
            access_request_id: access_request_id.into(),
            requested_for,
            requested_items_status,
            requested_by: Some(requested_by),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestpostapproval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestpostapproval {
    const NAME: &'static str = "Accessrequestpostapproval";

    #[inline]
    fn empty() -> Self {
        Accessrequestpostapproval {
            access_request_id: Default::default(),
            requested_for: Default::default(),
            requested_items_status: Default::default(),
            requested_by: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "accessRequestId" => {
                self.access_request_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "requestedFor" => {
                self.requested_for = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "requestedItemsStatus" => {
                self.requested_items_status = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "requestedBy" => self.requested_by = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
