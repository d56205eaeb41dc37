//! `Identityownershipassociationdetails`, from `apis/identities/schemas/identityownershipassociationdetails.yaml`.

use crate::models::IdentityownershipassociationdetailsAssociationDetailsInner;

/// `Identityownershipassociationdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityownershipassociationdetails {
    /// list of all the resource associations for the identity
    #[serde(rename = "associationDetails", skip_serializing_if = "Option::is_none")]
    pub association_details: Option<
        Vec<IdentityownershipassociationdetailsAssociationDetailsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityownershipassociationdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityownershipassociationdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityownershipassociationdetails {
    const NAME: &'static str = "Identityownershipassociationdetails";

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
            "associationDetails" => self.association_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
