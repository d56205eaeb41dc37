//! `SavedsearchcompleteSearchResults`, from `apis/triggers/schemas/savedsearchcomplete.yaml#/properties/searchResults`.

use crate::models::{
    SavedsearchcompleteSearchResultsAccount, SavedsearchcompleteSearchResultsEntitlement,
    SavedsearchcompleteSearchResultsIdentity,
};

/// A preview of the search results for each object type. This includes a count as well as headers, and the first several rows of data, per object type.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SavedsearchcompleteSearchResults {
    /// A table of accounts that match the search criteria.
    #[serde(rename = "Account", skip_serializing_if = "Option::is_none")]
    pub account: Option<SavedsearchcompleteSearchResultsAccount>,
    /// A table of entitlements that match the search criteria.
    #[serde(rename = "Entitlement", skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<SavedsearchcompleteSearchResultsEntitlement>,
    /// A table of identities that match the search criteria.
    #[serde(rename = "Identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<SavedsearchcompleteSearchResultsIdentity>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SavedsearchcompleteSearchResults {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SavedsearchcompleteSearchResults {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SavedsearchcompleteSearchResults {
    const NAME: &'static str = "SavedsearchcompleteSearchResults";

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
            "Account" => self.account = map.next_value()?,
            "Entitlement" => self.entitlement = map.next_value()?,
            "Identity" => self.identity = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
