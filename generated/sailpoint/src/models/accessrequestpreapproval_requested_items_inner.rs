//! `AccessrequestpreapprovalRequestedItemsInner`, from `apis/triggers/schemas/accessrequestpreapproval.yaml#/properties/requestedItems/items`.

use crate::models::{
    Accessrequestitemform, AccessrequestpreapprovalRequestedItemsInnerOperation,
    AccessrequestpreapprovalRequestedItemsInnerType,
};

/// `AccessrequestpreapprovalRequestedItemsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessrequestpreapprovalRequestedItemsInner {
    /// The unique ID of the access item being requested.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The human friendly name of the access item.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Detailed description of the access item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of access item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessrequestpreapprovalRequestedItemsInnerType>,
    /// The action to perform on the access item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<AccessrequestpreapprovalRequestedItemsInnerOperation>,
    /// A comment from the identity requesting the access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<Accessrequestitemform>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessrequestpreapprovalRequestedItemsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: AccessrequestpreapprovalRequestedItemsInnerType,
        operation: AccessrequestpreapprovalRequestedItemsInnerOperation,
    ) -> Self {
        AccessrequestpreapprovalRequestedItemsInner {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            operation: Some(operation),
            comment: None,
            form: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccessrequestpreapprovalRequestedItemsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessrequestpreapprovalRequestedItemsInner {
    const NAME: &'static str = "AccessrequestpreapprovalRequestedItemsInner";

    #[inline]
    fn empty() -> Self {
        AccessrequestpreapprovalRequestedItemsInner {
            id: Default::default(),
            name: Default::default(),
            description: None,
            r#type: None,
            operation: None,
            comment: None,
            form: None,
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
            "form" => self.form = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
