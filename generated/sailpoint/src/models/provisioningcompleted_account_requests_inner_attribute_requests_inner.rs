//! `ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/accountRequests/items/properties/attributeRequests/items`.

use crate::models::ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation;

/// `ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner {
    /// The name of the attribute being provisioned.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
    /// The value of the attribute being provisioned.
    #[serde(rename = "attributeValue", skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The operation to handle the attribute.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<
        ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        attribute_name: impl Into<String>,
        operation: ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation,
    ) -> Self {
        ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner {
            attribute_name: attribute_name.into(),
            attribute_value: None,
            operation: Some(operation),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de>
for ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner {
    const NAME: &'static str = "ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner";

    #[inline]
    fn empty() -> Self {
        ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner {
            attribute_name: Default::default(),
            attribute_value: None,
            operation: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "attributeValue" => {
                self.attribute_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "operation" => self.operation = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
