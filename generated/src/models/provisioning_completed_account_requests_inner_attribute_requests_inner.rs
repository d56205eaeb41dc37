//! `ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/attributeRequests/items`.

use crate::models::ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation;

/// `ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner {
    /// Name of the attribute being provisioned.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "attributeName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub attribute_name: String,
    /// Value of the attribute being provisioned.
    #[serde(
        rename = "attributeValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_value: Option<String>,
    /// The operation to handle the attribute.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<
        ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        attribute_name: impl Into<String>,
        operation: ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation,
    ) -> Self {
        ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner {
            attribute_name: attribute_name.into(),
            attribute_value: None,
            operation: Some(operation),
            additional_properties: Default::default(),
        }
    }
}
