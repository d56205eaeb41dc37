//! `DimensionRefType`, from `v3/schemas/access/DimensionRef.yaml`.
crate::string_enum! {
    #[doc = " The type of the object to which this reference applies"] pub enum
    DimensionRefType { #[doc = " `DIMENSION`"] Dimension = "DIMENSION", }
}
