//! `DeleteNonEmployeeRecordsInBulkV1Request`, from `apis/non-employee-lifecycle-management/paths/non-employee-records-v1-bulk-delete.yaml#/post/requestBody/content/application~1json/schema`.

/// `DeleteNonEmployeeRecordsInBulkV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeleteNonEmployeeRecordsInBulkV1Request {
    /// List of non-employee ids.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeleteNonEmployeeRecordsInBulkV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(ids: Vec<String>) -> Self {
        DeleteNonEmployeeRecordsInBulkV1Request {
            ids,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeleteNonEmployeeRecordsInBulkV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DeleteNonEmployeeRecordsInBulkV1Request {
    const NAME: &'static str = "DeleteNonEmployeeRecordsInBulkV1Request";

    #[inline]
    fn empty() -> Self {
        DeleteNonEmployeeRecordsInBulkV1Request {
            ids: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "ids" => self.ids = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
