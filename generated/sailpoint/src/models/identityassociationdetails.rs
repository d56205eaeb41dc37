//! `Identityassociationdetails`, from `apis/identities/schemas/identityassociationdetails.yaml`.

use crate::models::IdentityassociationdetailsAssociationDetailsInner;

/// `Identityassociationdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityassociationdetails {
    /// any additional context information of the http call result
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// list of all the resource associations for the identity
    #[serde(rename = "associationDetails", skip_serializing_if = "Option::is_none")]
    pub association_details: Option<
        Vec<IdentityassociationdetailsAssociationDetailsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityassociationdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityassociationdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityassociationdetails {
    const NAME: &'static str = "Identityassociationdetails";

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
