//! `Formats`, from `openapi.yaml#/components/schemas/Formats`.

/// One field for each supported format.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formats {
    #[serde(rename = "dateTime", skip_serializing_if = "Option::is_none")]
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub int32: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub int64: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub float: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub double: Option<f64>,
    /// Base64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(rename = "plainInteger", skip_serializing_if = "Option::is_none")]
    pub plain_integer: Option<i64>,
    #[serde(rename = "plainNumber", skip_serializing_if = "Option::is_none")]
    pub plain_number: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formats {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formats {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formats {
    const NAME: &'static str = "Formats";

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
            "dateTime" => {
                self.date_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "date" => self.date = map.next_value()?,
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "int32" => self.int32 = map.next_value()?,
            "int64" => self.int64 = map.next_value()?,
            "float" => self.float = map.next_value()?,
            "double" => self.double = map.next_value()?,
            "byte" => self.byte = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "plainInteger" => self.plain_integer = map.next_value()?,
            "plainNumber" => self.plain_number = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
