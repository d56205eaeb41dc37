//! `CertificationsDataaccessCategoriesInner`, from `apis/certifications/schemas/dataaccess.yaml#/properties/categories/items`.

/// `CertificationsDataaccessCategoriesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsDataaccessCategoriesInner {
    /// Value of the category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Number of matched for each category
    #[serde(rename = "matchCount", skip_serializing_if = "Option::is_none")]
    pub match_count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsDataaccessCategoriesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsDataaccessCategoriesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsDataaccessCategoriesInner {
    const NAME: &'static str = "CertificationsDataaccessCategoriesInner";

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
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "matchCount" => self.match_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
