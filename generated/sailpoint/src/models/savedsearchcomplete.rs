//! `Savedsearchcomplete`, from `apis/triggers/schemas/savedsearchcomplete.yaml`.

use crate::models::SavedsearchcompleteSearchResults;

/// `Savedsearchcomplete` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Savedsearchcomplete {
    /// A name for the report file.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "fileName")]
    pub file_name: String,
    /// The email address of the identity that owns the saved search.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ownerEmail")]
    pub owner_email: String,
    /// The name of the identity that owns the saved search.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "ownerName")]
    pub owner_name: String,
    /// The search query that was used to generate the report.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub query: String,
    /// The name of the saved search.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "searchName")]
    pub search_name: String,
    /// A preview of the search results for each object type. This includes a count as well as headers, and the first several rows of data, per object type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "searchResults", skip_serializing_if = "Option::is_none")]
    pub search_results: Option<SavedsearchcompleteSearchResults>,
    /// The Amazon S3 URL to download the report from.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "signedS3Url")]
    pub signed_s3_url: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Savedsearchcomplete {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        file_name: impl Into<String>,
        owner_email: impl Into<String>,
        owner_name: impl Into<String>,
        query: impl Into<String>,
        search_name: impl Into<String>,
        search_results: SavedsearchcompleteSearchResults,
        signed_s3_url: impl Into<String>,
    ) -> Self {
        Savedsearchcomplete {
            file_name: file_name.into(),
            owner_email: owner_email.into(),
            owner_name: owner_name.into(),
            query: query.into(),
            search_name: search_name.into(),
            search_results: Some(search_results),
            signed_s3_url: signed_s3_url.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Savedsearchcomplete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Savedsearchcomplete {
    const NAME: &'static str = "Savedsearchcomplete";

    #[inline]
    fn empty() -> Self {
        Savedsearchcomplete {
            file_name: Default::default(),
            owner_email: Default::default(),
            owner_name: Default::default(),
            query: Default::default(),
            search_name: Default::default(),
            search_results: None,
            signed_s3_url: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "fileName" => self.file_name = map.next_value_seed(crate::lenient::Text)?,
            "ownerEmail" => self.owner_email = map.next_value_seed(crate::lenient::Text)?,
            "ownerName" => self.owner_name = map.next_value_seed(crate::lenient::Text)?,
            "query" => self.query = map.next_value_seed(crate::lenient::Text)?,
            "searchName" => self.search_name = map.next_value_seed(crate::lenient::Text)?,
            "searchResults" => self.search_results = map.next_value()?,
            "signedS3Url" => {
                self.signed_s3_url = map.next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
