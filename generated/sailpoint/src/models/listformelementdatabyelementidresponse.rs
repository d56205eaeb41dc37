//! `Listformelementdatabyelementidresponse`, from `apis/custom-forms/schemas/listformelementdatabyelementidresponse.yaml`.

use crate::models::Formelementdatasourceconfigoptions;

/// `Listformelementdatabyelementidresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Listformelementdatabyelementidresponse {
    /// Results holds a list of FormElementDataSourceConfigOptions items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Formelementdatasourceconfigoptions>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Listformelementdatabyelementidresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Listformelementdatabyelementidresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Listformelementdatabyelementidresponse {
    const NAME: &'static str = "Listformelementdatabyelementidresponse";

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
            "results" => self.results = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
