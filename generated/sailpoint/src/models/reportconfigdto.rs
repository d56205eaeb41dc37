//! `Reportconfigdto`, from `apis/org-config/schemas/reportconfigdto.yaml`.

/// `Reportconfigdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reportconfigdto {
    /// Name of column in report
    #[serde(rename = "columnName", skip_serializing_if = "Option::is_none")]
    pub column_name: Option<String>,
    /// If true, column is required in all reports, and this entry is immutable. A 400 error will result from any attempt to modify the column's definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// If true, column is included in the report. A 400 error will be thrown if an attempt is made to set included=false if required==true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included: Option<bool>,
    /// Relative sort order for the column. Columns will be displayed left-to-right in nondecreasing order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reportconfigdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Reportconfigdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reportconfigdto {
    const NAME: &'static str = "Reportconfigdto";

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
            "columnName" => {
                self.column_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "required" => {
                self.required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "included" => {
                self.included = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "order" => self.order = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
