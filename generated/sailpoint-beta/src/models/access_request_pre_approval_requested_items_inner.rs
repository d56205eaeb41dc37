//! `AccessRequestPreApprovalRequestedItemsInner`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml#/properties/requestedItems/items`.

use crate::models::{
    AccessRequestPreApprovalRequestedItemsInnerOperation,
    AccessRequestPreApprovalRequestedItemsInnerType,
};

/// `AccessRequestPreApprovalRequestedItemsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestPreApprovalRequestedItemsInner {
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
    pub r#type: Option<AccessRequestPreApprovalRequestedItemsInnerType>,
    /// Action to perform on the access item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<AccessRequestPreApprovalRequestedItemsInnerOperation>,
    /// Comment from the identity requesting access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestPreApprovalRequestedItemsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: AccessRequestPreApprovalRequestedItemsInnerType,
        operation: AccessRequestPreApprovalRequestedItemsInnerOperation,
    ) -> Self {
        AccessRequestPreApprovalRequestedItemsInner {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            operation: Some(operation),
            comment: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestPreApprovalRequestedItemsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestPreApprovalRequestedItemsInner {
    const NAME: &'static str = "AccessRequestPreApprovalRequestedItemsInner";

    #[inline]
    fn empty() -> Self {
        AccessRequestPreApprovalRequestedItemsInner {
            id: Default::default(),
            name: Default::default(),
            description: None,
            r#type: None,
            operation: None,
            comment: None,
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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
