//! `SavedsearchcompleteSearchResultsIdentity`, from `apis/triggers/schemas/savedsearchcomplete.yaml#/properties/searchResults/properties/Identity`.

/// A table of identities that match the search criteria.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SavedsearchcompleteSearchResultsIdentity {
    /// The number of rows in the table.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub count: String,
    /// The type of object represented in the table.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub noun: String,
    /// A sample of the data in the table.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub preview: Vec<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SavedsearchcompleteSearchResultsIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        count: impl Into<String>,
        noun: impl Into<String>,
        preview: Vec<Vec<String>>,
    ) -> Self {
        SavedsearchcompleteSearchResultsIdentity {
            count: count.into(),
            noun: noun.into(),
            preview,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SavedsearchcompleteSearchResultsIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SavedsearchcompleteSearchResultsIdentity {
    const NAME: &'static str = "SavedsearchcompleteSearchResultsIdentity";

    #[inline]
    fn empty() -> Self {
        SavedsearchcompleteSearchResultsIdentity {
            count: Default::default(),
            noun: Default::default(),
            preview: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "count" => self.count = map.next_value_seed(crate::lenient::Text)?,
            "noun" => self.noun = map.next_value_seed(crate::lenient::Text)?,
            "preview" => {
                self.preview = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
