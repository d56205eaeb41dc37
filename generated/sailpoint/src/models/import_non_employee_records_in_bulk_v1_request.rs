//! `ImportNonEmployeeRecordsInBulkV1Request`, from `apis/non-employee-lifecycle-management/paths/non-employee-sources-v1-by-id-non-employee-bulk-upload.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportNonEmployeeRecordsInBulkV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportNonEmployeeRecordsInBulkV1Request {
    /// A server's absent or `null` member reads as an empty list.
    pub data: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportNonEmployeeRecordsInBulkV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(data: Vec<u8>) -> Self {
        ImportNonEmployeeRecordsInBulkV1Request {
            data,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ImportNonEmployeeRecordsInBulkV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportNonEmployeeRecordsInBulkV1Request {
    const NAME: &'static str = "ImportNonEmployeeRecordsInBulkV1Request";

    #[inline]
    fn empty() -> Self {
        ImportNonEmployeeRecordsInBulkV1Request {
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
