//! `AccessRequestPostApprovalRequestedItemsStatusInner`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items`.

use crate::models::{
    AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
    AccessRequestPostApprovalRequestedItemsStatusInnerOperation,
    AccessRequestPostApprovalRequestedItemsStatusInnerType,
};

/// `AccessRequestPostApprovalRequestedItemsStatusInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestPostApprovalRequestedItemsStatusInner {
    /// Access item's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Access item's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Access item's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Access item's type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessRequestPostApprovalRequestedItemsStatusInnerType>,
    /// Action to perform on the requested access item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<AccessRequestPostApprovalRequestedItemsStatusInnerOperation>,
    /// Comment from the identity requesting access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Additional customer defined metadata about the access item.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// List of approvers for the access request.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "approvalInfo")]
    pub approval_info: Vec<
        AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestPostApprovalRequestedItemsStatusInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: AccessRequestPostApprovalRequestedItemsStatusInnerType,
        operation: AccessRequestPostApprovalRequestedItemsStatusInnerOperation,
        approval_info: Vec<
            AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
        >,
    ) -> Self {
        AccessRequestPostApprovalRequestedItemsStatusInner {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            operation: Some(operation),
            comment: None,
            client_metadata: None,
            approval_info,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de>
for AccessRequestPostApprovalRequestedItemsStatusInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestPostApprovalRequestedItemsStatusInner {
    const NAME: &'static str = "AccessRequestPostApprovalRequestedItemsStatusInner";

    #[inline]
    fn empty() -> Self {
        AccessRequestPostApprovalRequestedItemsStatusInner {
            id: Default::default(),
            name: Default::default(),
            description: None,
            r#type: None,
            operation: None,
            comment: None,
            client_metadata: None,
            approval_info: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "operation" => self.operation = map.next_value()?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "approvalInfo" => {
                self.approval_info = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
