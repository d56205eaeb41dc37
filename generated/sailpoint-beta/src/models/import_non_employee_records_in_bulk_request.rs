//! `ImportNonEmployeeRecordsInBulkRequest`, from `beta/paths/non-employee-sources-bulk-upload-non-employees.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportNonEmployeeRecordsInBulkRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportNonEmployeeRecordsInBulkRequest {
    /// A server's absent or `null` member reads as an empty list.
    pub data: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportNonEmployeeRecordsInBulkRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(data: Vec<u8>) -> Self {
        ImportNonEmployeeRecordsInBulkRequest {
            data,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ImportNonEmployeeRecordsInBulkRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportNonEmployeeRecordsInBulkRequest {
    const NAME: &'static str = "ImportNonEmployeeRecordsInBulkRequest";

    #[inline]
    fn empty() -> Self {
        ImportNonEmployeeRecordsInBulkRequest {
            data: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "data" => {
                self.data = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
