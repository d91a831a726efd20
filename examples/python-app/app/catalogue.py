"""The product catalogue, stored with SQLAlchemy's ORM."""

from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    products: Mapped[list["Product"]] = relationship(back_populates="category")


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    cents: Mapped[int]
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    category: Mapped[Category] = relationship(back_populates="products")


def open_catalogue(url="sqlite://", categories=4, products_per_category=25):
    """A new engine on a fresh database with the demo catalogue in it. An in-memory SQLite
    database lives in its connection, so the engine keeps exactly one (StaticPool)."""
    engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        for c in range(categories):
            category = Category(name=f"category-{c}")
            session.add(category)
            for p in range(products_per_category):
                session.add(Product(sku=f"SKU-{c}-{p}", name=f"Product {c}/{p}", cents=100 + p, category=category))
        session.commit()
    return engine


# What each lookup loaded, "so a later request can skip the database" (nothing ever reads it).
_loaded = {}


def products_in(engine, category_name, lookup_id):
    """(sku, cents) of every product in a category, cheapest first."""
    with Session(engine) as session:
        rows = session.scalars(
            select(Product).join(Product.category).where(Category.name == category_name).order_by(Product.cents)
        ).all()
        result = [(product.sku, product.cents) for product in rows]
    # Deliberate leak: an identity-map-like module dict keyed per call, never evicted.
    _loaded[lookup_id] = (category_name, len(result), f"{category_name}:{lookup_id}:{result[0][0]}")  # memleak: leak
    return result


def cheapest_in(engine, category_name):
    """The cheapest (sku, cents) in a category: the same query, nothing kept."""
    with Session(engine) as session:
        rows = session.scalars(
            select(Product).join(Product.category).where(Category.name == category_name).order_by(Product.cents)
        ).all()
        return min((product.cents, product.sku) for product in rows)[::-1]


def stock_value(tenant):
    """Total catalogue value for a tenant whose catalogue lives in its own database: a new engine
    and session per call, disposed of afterwards (as a per-tenant job runner does it)."""
    engine = open_catalogue(categories=1, products_per_category=2)
    try:
        with Session(engine) as session:
            total = sum(session.scalars(select(Product.cents).where(Product.sku.like("SKU-%"))).all())
    finally:
        engine.dispose()
    return tenant, total
