//! `IdentityownershipassociationdetailsAssociationDetailsInner`, from `apis/identities/schemas/identityownershipassociationdetails.yaml#/properties/associationDetails/items`.

use crate::models::Identityentities;

/// `IdentityownershipassociationdetailsAssociationDetailsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentityownershipassociationdetailsAssociationDetailsInner {
    /// association type with the identity
    #[serde(rename = "associationType", skip_serializing_if = "Option::is_none")]
    pub association_type: Option<String>,
    /// the specific resource this identity has ownership on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Identityentities>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityownershipassociationdetailsAssociationDetailsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for IdentityownershipassociationdetailsAssociationDetailsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for IdentityownershipassociationdetailsAssociationDetailsInner {
    const NAME: &'static str = "IdentityownershipassociationdetailsAssociationDetailsInner";

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
            "associationType" => {
                self.association_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entities" => self.entities = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
