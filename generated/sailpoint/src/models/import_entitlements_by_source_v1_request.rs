//! `ImportEntitlementsBySourceV1Request`, from `apis/entitlements/paths/entitlements-v1-aggregate-sources-by-id.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportEntitlementsBySourceV1Request` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportEntitlementsBySourceV1Request {
    /// The CSV file containing the source entitlements to aggregate.
    #[serde(rename = "csvFile", skip_serializing_if = "Option::is_none")]
    pub csv_file: Option<Vec<u8>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportEntitlementsBySourceV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ImportEntitlementsBySourceV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportEntitlementsBySourceV1Request {
    const NAME: &'static str = "ImportEntitlementsBySourceV1Request";

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
            "csvFile" => self.csv_file = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
