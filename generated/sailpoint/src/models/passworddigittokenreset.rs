//! `Passworddigittokenreset`, from `apis/password-management/schemas/passworddigittokenreset.yaml`.

/// `Passworddigittokenreset` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Passworddigittokenreset {
    /// The uid of the user requested for digit token
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// The length of digit token. It should be from 6 to 18, inclusive. The default value is 6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length: Option<i64>,
    /// The time to live for the digit token in minutes. The default value is 5 minutes.
    #[serde(rename = "durationMinutes", skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Passworddigittokenreset {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(user_id: impl Into<String>) -> Self {
        Passworddigittokenreset {
            user_id: user_id.into(),
            length: None,
            duration_minutes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Passworddigittokenreset {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Passworddigittokenreset {
    const NAME: &'static str = "Passworddigittokenreset";

    #[inline]
    fn empty() -> Self {
        Passworddigittokenreset {
            user_id: Default::default(),
            length: None,
            duration_minutes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "userId" => self.user_id = map.next_value_seed(crate::lenient::Text)?,
            "length" => self.length = map.next_value()?,
            "durationMinutes" => self.duration_minutes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
