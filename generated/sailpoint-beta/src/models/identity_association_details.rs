//! `IdentityAssociationDetails`, from `beta/schemas/IdentityAssociationDetails.yaml`.

use crate::models::IdentityAssociationDetailsAssociationDetailsInner;

/// `IdentityAssociationDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentityAssociationDetails {
    /// any additional context information of the http call result
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// list of all the resource associations for the identity
    #[serde(rename = "associationDetails", skip_serializing_if = "Option::is_none")]
    pub association_details: Option<
        Vec<IdentityAssociationDetailsAssociationDetailsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAssociationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for IdentityAssociationDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IdentityAssociationDetails {
    const NAME: &'static str = "IdentityAssociationDetails";

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
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            "associationDetails" => self.association_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
